a = "%{for i, v in list}${i}=${v},%{endfor}"
b = "%{~for v in list~}${v}%{~endfor~}"
