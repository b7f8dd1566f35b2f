a = "$${literal} %%{literal} 100% $$ $x %"
b = "\n\t\"\\ \u0041 \U0001F600"
c = "a$$${x}b"
