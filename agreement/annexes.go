package agreement

import (
	"io"
	"strings"

	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/internal/plaintext"
	"golang.org/x/text/language"
)

// AppendAnnexes appends the agreement's annexes as a reader checks them
// beside a [Review], in Norwegian Bokmål (for the tags nb, nn and no) or
// English, as plain text or Markdown, and returns the extended buffer:
//
//   - the description of the processing as the check-list form of
//     Assistert Selvhjelp's Vedlegg 1, with ticked (☒) and unticked (☐)
//     boxes for purposes, data subjects, categories of personal data,
//     special categories, security needs, processing operations and
//     security measures ([annex.Description.AppendForm]);
//   - the list of subprocessors, with the clause that gives it, as the
//     subprocessor register's Table method prints it: names in Norwegian
//     alphabetical order, locations and transfer bases. In Markdown the
//     table is an indented code block, so the agreement's texts in it are
//     never read as markup.
//
// Any format other than [annex.Markdown] renders plain text.
func (a Agreement) AppendAnnexes(dst []byte, tag language.Tag, f annex.Format) []byte {
	dst = a.Processing.Description.AppendForm(dst, tag, f)
	nb := norwegian(tag)
	md := f == annex.Markdown
	title, source := "Subprocessors", "Source: "
	if nb {
		title, source = "Underdatabehandlere", "Kilde: "
	}
	indent := "  "
	dst = append(dst, '\n')
	if md {
		dst = append(dst, "# "...)
		indent = "    "
	}
	dst = append(dst, title...)
	dst = append(dst, "\n\n"...)
	if c := a.Subprocessors.Clause; c != "" {
		if md {
			dst = append(dst, source...)
			dst = append(dst, plaintext.MarkdownEscape(string(c))...)
			dst = append(dst, "\n\n"...)
		} else {
			dst = append(dst, indent+source...)
			dst = append(dst, plaintext.OneLine(string(c))...)
			dst = append(dst, '\n')
		}
	}
	table := strings.TrimRight(a.Subprocessors.Table(tag), "\n")
	for line := range strings.Lines(table) {
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" {
			dst = append(dst, '\n')
			continue
		}
		dst = append(dst, indent...)
		dst = append(dst, strings.TrimRight(line, " ")...)
		dst = append(dst, '\n')
	}
	return dst
}

// WriteAnnexes writes the annexes [Agreement.AppendAnnexes] renders to w.
func (a Agreement) WriteAnnexes(w io.Writer, tag language.Tag, f annex.Format) error {
	_, err := w.Write(a.AppendAnnexes(make([]byte, 0, 16384), tag, f))
	return err
}
