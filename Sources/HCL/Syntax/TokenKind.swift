/// The kind of a lexical token, split exactly as Terraform's HCL scanner splits them.
///
/// Whitespace between tokens (spaces and tabs) is not a token: the formatter
/// recomputes it. Everything else, including comments and newlines, is.
public enum TokenKind: UInt8, Sendable, CustomStringConvertible {
  case openBrace  // {
  case closeBrace  // }
  case openBracket  // [
  case closeBracket  // ]
  case openParen  // (
  case closeParen  // )
  case openQuote  // " starting a quoted template
  case closeQuote  // " ending a quoted template
  case openHeredoc  // <<EOT or <<-EOT, including its newline
  case closeHeredoc  // the whole closing-marker line, without its newline

  case star, slash, plus, minus, percent
  case equal  // =
  case equalOp  // ==
  case notEqual  // !=
  case lessThan, lessThanEq, greaterThan, greaterThanEq
  case and  // &&
  case or  // ||
  case bang  // !
  case dot, comma, doubleColon, ellipsis, fatArrow, question, colon

  case templateInterp  // ${ or ${~
  case templateControl  // %{ or %{~
  case templateSeqEnd  // } or ~} closing a template sequence

  case quotedLit  // literal text inside a quoted template
  case stringLit  // literal text inside a heredoc (a line, or part of one)
  case numberLit
  case ident

  case comment  // # and // comments include their newline; /* */ does not
  case newline  // \n or \r\n
  case quotedNewline  // a raw newline inside a quoted string (always an error)

  case tilde, bitwiseAnd, bitwiseOr, caret, semicolon, backtick, apostrophe
  case invalid  // a character that cannot start any token
  case badUTF8  // a byte that is not valid UTF-8
  case eof

  /// How this token changes the bracket depth used for indentation: +1, -1 or 0.
  @inlinable public var bracketChange: Int {
    switch self {
    case .openBrace, .openBracket, .openParen, .templateInterp, .templateControl: return 1
    case .closeBrace, .closeBracket, .closeParen, .templateSeqEnd: return -1
    default: return 0
    }
  }

  /// A short human-readable name used in diagnostics.
  public var description: String {
    switch self {
    case .openBrace: return "'{'"
    case .closeBrace: return "'}'"
    case .openBracket: return "'['"
    case .closeBracket: return "']'"
    case .openParen: return "'('"
    case .closeParen: return "')'"
    case .openQuote: return "opening quote"
    case .closeQuote: return "closing quote"
    case .openHeredoc: return "heredoc introducer"
    case .closeHeredoc: return "heredoc end marker"
    case .star: return "'*'"
    case .slash: return "'/'"
    case .plus: return "'+'"
    case .minus: return "'-'"
    case .percent: return "'%'"
    case .equal: return "'='"
    case .equalOp: return "'=='"
    case .notEqual: return "'!='"
    case .lessThan: return "'<'"
    case .lessThanEq: return "'<='"
    case .greaterThan: return "'>'"
    case .greaterThanEq: return "'>='"
    case .and: return "'&&'"
    case .or: return "'||'"
    case .bang: return "'!'"
    case .dot: return "'.'"
    case .comma: return "','"
    case .doubleColon: return "'::'"
    case .ellipsis: return "'...'"
    case .fatArrow: return "'=>'"
    case .question: return "'?'"
    case .colon: return "':'"
    case .templateInterp: return "'${'"
    case .templateControl: return "'%{'"
    case .templateSeqEnd: return "end of template sequence"
    case .quotedLit, .stringLit: return "string literal"
    case .numberLit: return "number"
    case .ident: return "identifier"
    case .comment: return "comment"
    case .newline: return "newline"
    case .quotedNewline: return "newline in quoted string"
    case .tilde: return "'~'"
    case .bitwiseAnd: return "'&'"
    case .bitwiseOr: return "'|'"
    case .caret: return "'^'"
    case .semicolon: return "';'"
    case .backtick: return "'`'"
    case .apostrophe: return "\"'\""
    case .invalid: return "invalid character"
    case .badUTF8: return "invalid UTF-8"
    case .eof: return "end of file"
    }
  }
}

/// One token: its kind and the half-open byte range it covers in the source.
///
/// Offsets are 32-bit to keep the token array small (12 bytes a token), so
/// sources are limited to 2 GiB.
public struct Token: Sendable, Equatable {
  /// What the token is.
  public var kind: TokenKind
  /// Byte offset of the first byte.
  public var start: Int32
  /// Byte offset one past the last byte.
  public var end: Int32

  /// Makes a token covering `start..<end`.
  @inlinable public init(_ kind: TokenKind, _ start: Int, _ end: Int) {
    self.kind = kind
    self.start = Int32(truncatingIfNeeded: start)
    self.end = Int32(truncatingIfNeeded: end)
  }

  /// The byte range as `Int`s.
  @inlinable public var range: Range<Int> { Int(start)..<Int(end) }
  /// Number of bytes.
  @inlinable public var length: Int { Int(end - start) }
}
