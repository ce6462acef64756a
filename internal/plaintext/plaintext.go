// Package plaintext keeps text taken from an agreement as text when a
// report lays it out: on one line, and with Markdown's markup characters
// escaped. The agreement's annexes and the review's reports share it.
package plaintext

import "strings"

// OneLine turns line breaks into spaces, so text from an agreement cannot
// break the layout.
func OneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// markdownSpecial are the characters Markdown can read as markup.
const markdownSpecial = "\\`*_[]<>#|!{}"

// MarkdownEscape escapes the characters that Markdown would read as markup
// and turns line breaks into spaces, so text from an agreement stays text.
// The characters are all ASCII, so the scan works on bytes.
func MarkdownEscape(s string) string {
	if !strings.ContainsAny(s, markdownSpecial+"\r\n") {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\n' || c == '\r':
			b = append(b, ' ')
		case strings.IndexByte(markdownSpecial, c) >= 0:
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(b)
}
