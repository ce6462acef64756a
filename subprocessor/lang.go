package subprocessor

import (
	"time"

	"golang.org/x/text/language"
)

var english = language.English

func timeMonth(m int) time.Month { return time.Month(m) }
