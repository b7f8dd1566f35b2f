b { a = 1 }
c {a=1}
d "l" {   }
lifecycle { ignore_changes = [tags] }
e { f = { g = 1 } }
