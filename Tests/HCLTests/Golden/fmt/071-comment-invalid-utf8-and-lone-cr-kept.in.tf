#  Ã( bad
a=1 # ÿ
/* þ */
// xy
bb=2 # pq
