provider "" {}
resource "日本" "🎉" {}
