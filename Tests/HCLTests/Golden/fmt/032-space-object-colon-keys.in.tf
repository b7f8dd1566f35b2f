x = {
a: 1
bbbb: 2
"c" :3
}
y = { a : 1, b: 2 }
