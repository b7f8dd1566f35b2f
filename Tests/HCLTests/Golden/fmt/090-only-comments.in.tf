# a comment

  // another
/* block */
