a = <<EOT
%{for x in y~}
item ${x}
%{endfor~}
${upper("a")}
EOT
