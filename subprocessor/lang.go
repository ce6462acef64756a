package subprocessor

import (
	"time"

	"golang.org/x/text/language"
)

var (
	english = language.English
	norsk   = language.Norwegian
)

func timeMonth(m int) time.Month { return time.Month(m) }
