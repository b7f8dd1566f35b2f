locals {
	x = 1
	nested = {
		a = 1
		bb = 2
	}
}
