package plaintext_test

import (
	"testing"

	"github.com/personvern/dpa/internal/plaintext"
)

func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{
		"pkt. 4.2":      "pkt. 4.2",
		"første\nandre": "første andre",
		"a\r\nb\rc":     "a b c",
		"":              "",
	} {
		if got := plaintext.OneLine(in); got != want {
			t.Errorf("OneLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkdownEscape(t *testing.T) {
	for in, want := range map[string]string{
		"RTO < 4 t":           `RTO \< 4 t`,
		"*viktig* [lenke](x)": `\*viktig\* \[lenke\](x)`,
		"a_b | c\nd":          `a\_b \| c d`,
		"Ærlig og åpen, 25 %": "Ærlig og åpen, 25 %",
	} {
		if got := plaintext.MarkdownEscape(in); got != want {
			t.Errorf("MarkdownEscape(%q) = %q, want %q", in, got, want)
		}
	}
}
