type = list
typ  = "string"
