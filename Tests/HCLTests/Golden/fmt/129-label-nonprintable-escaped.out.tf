b "👨\u200d👩 x\u00a0y\u0001" {}
c "line\u2028sep" {}
d "\u200b" {}
