# a comment

// another
/* block */
