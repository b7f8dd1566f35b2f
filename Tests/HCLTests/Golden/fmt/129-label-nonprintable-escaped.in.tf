b "👨‍👩 x y" {}
c "line sep" {}
d "​" {}
