a = "tab	here  ctl"
