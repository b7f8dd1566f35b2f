a=1+2*3/4%5-6
b=!true&&false||x==y
c=x!=y?1:2
d = a<b
e = a  <=  b
f = a>b||a>=b
