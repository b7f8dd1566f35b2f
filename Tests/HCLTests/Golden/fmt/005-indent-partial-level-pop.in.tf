x = [[
1
],
[
2
]]
y = [{
name = "a"
}, {
name = "b"
}]
