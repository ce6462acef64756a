package subprocessor

import "golang.org/x/text/language"

var (
	english = language.English
	norsk   = language.Norwegian
)
