café        = 1
naïve_value = 2
Ω           = 3
