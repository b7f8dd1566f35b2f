c "a$${b}c" {}
