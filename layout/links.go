package layout

import (
	"strings"

	"guidepress/markup"
)

// printLinks makes every link readable on paper: when a link's text does
// not already show where it goes, the target follows it in brackets, as
// "the charity (www.example.org)". The link stays clickable on screen.
func printLinks(runs []markup.Run) []markup.Run {
	var out []markup.Run
	for i := 0; i < len(runs); i++ {
		out = append(out, runs[i])
		link := runs[i].Link
		if link == "" || i+1 < len(runs) && runs[i+1].Link == link {
			continue
		}
		text := ""
		for k := i; k >= 0 && runs[k].Link == link; k-- {
			text = runs[k].Text + text
		}
		shown := linkShown(link)
		if shown != "" && !strings.Contains(strings.ReplaceAll(text, " ", ""), strings.ReplaceAll(shown, " ", "")) {
			out = append(out, markup.Run{Text: " (" + shown + ")", Link: link})
		}
	}
	return out
}

// linkShown is how a link's target is printed: a web address without its
// scheme, an email address, or a phone number.
func linkShown(link string) string {
	for _, p := range []string{"mailto:", "tel:"} {
		if strings.HasPrefix(link, p) {
			return strings.TrimPrefix(link, p)
		}
	}
	return displayURL(link)
}
