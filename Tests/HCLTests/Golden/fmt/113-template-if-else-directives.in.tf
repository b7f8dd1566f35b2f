a = "%{if x}yes%{else}no%{endif}"
b = "%{ if x ~} yes %{~ else ~} no %{~ endif }"
c = "%{ if x }%{ if y }both%{ endif }%{ endif }"
