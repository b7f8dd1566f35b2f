b = foo(bar(1,
2), baz(
3))
x = foo(
  1,
  2)
