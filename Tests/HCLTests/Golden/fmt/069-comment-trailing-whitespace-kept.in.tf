a = 1 # trailing spaces   
b = 2 // tab	
# full line   
