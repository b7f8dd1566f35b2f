locals {
# top
  x = {
        # in obj
    a = 1
          # before close
  }
    # before block close
}
