//go:build ignore

// generate writes the stress guide: extreme but valid values (a
// 200-character title, 100 contacts in one area, a 400-character URL, a
// 60-letter word in a body and in a heading, very long contact names, a
// stage with only one section). Run from this folder:
//
//	go run generate.go
//
// and commit its output with it.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

const (
	// wordEN and wordCY are 60 letters with no hyphen; the Welsh one is
	// full of digraphs (ll, ch, dd, ng, rh) a break must not split.
	wordEN = "Supercalifragilisticexpialidociousantidisestablishmentarians"
	wordCY = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochwr"
	// hugeEN and hugeCY are 150 letters, wider than a line of any page in
	// any style, so they must be broken with hyphens everywhere. They share
	// no long run of letters with wordEN or wordCY, so a reader can tell a break
	// inside them from one word ending a line and another starting the
	// next.
	hugeEN = "PneumonoultramicroscopicsilicovolcanoconiosisFloccinaucinihilipilificationHippopotomonstrosesquippedaliophobiaPseudopseudohypoparathyroidismHonorifica"
	hugeCY = "GorsafawddachaidraigodanheddogleddollonpenrhynareurdraethceredigionRhosllannerchrugogffordddyffrynclwydchwareltheatrphennantllwynhendyBodelwyddanllech"
)

// title200 is a title of exactly 200 characters in each language.
var title200 = map[string]string{
	"en": "A guide to mental health services, hospital stays, discharge planning, community care, rights under the law, money, housing and recovery for people in Wales and for everyone who supports them at home.",
	"cy": "Canllaw i wasanaethau iechyd meddwl, arosiadau yn yr ysbyty, cynllunio rhyddhau, gofal cymunedol, hawliau o dan y gyfraith, arian, tai ac adferiad i bobl yng Nghymru, a phawb sy’n eu cefnogi bob dydd.",
}

// longURL is an https address of exactly 400 characters, with every
// character a URL may be broken after: / . - _ ? & =
func longURL() string {
	u := "https://www.example.org/a-very/long_path/to.the/information-for-carers/and_families"
	i := 0
	for len(u) < 380 {
		u += fmt.Sprintf("/section-%02d_part.%d", i, i)
		i++
	}
	u += "?lang=en&ref=guide&x="
	for len(u) < 400 {
		u += "z"
	}
	return u[:400]
}

// q quotes s as a YAML double-quoted scalar.
func q(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }

// tx writes a translatable field at indent.
func tx(b *strings.Builder, indent, key, en, cy string) {
	fmt.Fprintf(b, "%s%s:\n%s  en: %s\n%s  cy: %s\n", indent, key, indent, q(en), indent, q(cy))
}

// block writes a translatable Markdown field as literal blocks.
func block(b *strings.Builder, indent, key, en, cy string) {
	fmt.Fprintf(b, "%s%s:\n", indent, key)
	for _, l := range []struct{ lang, text string }{{"en", en}, {"cy", cy}} {
		fmt.Fprintf(b, "%s  %s: |\n", indent, l.lang)
		for _, line := range strings.Split(strings.TrimRight(l.text, "\n"), "\n") {
			if line == "" {
				b.WriteString("\n")
				continue
			}
			fmt.Fprintf(b, "%s    %s\n", indent, line)
		}
	}
}

func main() {
	files := map[string]string{
		"guide.yaml":              guide(),
		"contacts.yaml":           contacts(),
		"recovery.yaml":           recovery(),
		"stages/intro.yaml":       intro(),
		"stages/one-section.yaml": oneSection(),
		"stages/long-words.yaml":  longWords(),
		"stages/lists.yaml":       lists(),
		"stages/diagrams.yaml":    diagrams(),
	}
	for name, text := range files {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			panic(err)
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			panic(err)
		}
	}
}

// guide writes guide.yaml.
func guide() string {
	var b strings.Builder
	b.WriteString("# The stress guide: extreme but valid values, written by generate.go\n# (do not edit by hand). Sample content: every contact is invented.\n")
	b.WriteString("id: stress\n")
	tx(&b, "", "title", title200["en"], title200["cy"])
	tx(&b, "", "subtitle",
		"For people who use mental health services in any of the twenty-two council areas of Wales, for their families, friends, neighbours and unpaid carers, and for the staff and volunteers who support them every day",
		"I bobl sy’n defnyddio gwasanaethau iechyd meddwl yn unrhyw un o ddau ar hugain o ardaloedd cyngor Cymru, i’w teuluoedd, ffrindiau, cymdogion a gofalwyr di-dâl, ac i’r staff a’r gwirfoddolwyr sy’n eu cefnogi bob dydd")
	tx(&b, "", "organisation",
		"The Extremely Long Named Sample Association for Mental Health, Wellbeing and Recovery in Every Part of Wales (not a real organisation)",
		"Cymdeithas Enghreifftiol â’r Enw Hir Iawn ar gyfer Iechyd Meddwl, Llesiant ac Adferiad ym Mhob Rhan o Gymru (nid sefydliad go iawn)")
	tx(&b, "", "short_name", "The Extremely Long Named Sample Association", "Y Gymdeithas Enghreifftiol â’r Enw Hir Iawn")
	b.WriteString("charity_number: \"12345678901234567890\"\nedition: 2026-11-01\nlanguages: [cy, en]\n")
	tx(&b, "", "review_notice",
		"Stress test content for guidepress. Nothing in it is real: every name, number, address and web address is invented. "+strings.Repeat("It must never be printed for use. ", 6),
		"Cynnwys prawf straen ar gyfer guidepress. Nid oes dim ynddo’n real: mae pob enw, rhif, cyfeiriad a chyfeiriad gwe wedi’i ddyfeisio. "+strings.Repeat("Ni ddylid byth ei argraffu i’w ddefnyddio. ", 6))
	b.WriteString("intro: intro\nstages: [one-section, long-words, lists, diagrams]\n")
	return b.String()
}

// stage starts a stage file; short, when given, is its short title in
// English and Welsh.
func stage(id, titleEN, titleCY, sumEN, sumCY string, short ...string) *strings.Builder {
	var b strings.Builder
	fmt.Fprintf(&b, "# Written by generate.go: do not edit by hand.\nid: %s\n", id)
	tx(&b, "", "title", titleEN, titleCY)
	if len(short) == 2 {
		tx(&b, "", "short_title", short[0], short[1])
	}
	tx(&b, "", "summary", sumEN, sumCY)
	block(&b, "", "at_a_glance",
		"What happens at this stage, in short. The word "+wordEN+" is sixty letters long.\n\nYou can ask:\n\n- What happens next?\n- Who can I call?",
		"Beth sy’n digwydd yn y cam hwn, yn fyr. Mae’r gair "+wordCY+" yn drigain llythyren o hyd.\n\nGallwch chi ofyn:\n\n- Beth sy’n digwydd nesaf?\n- Pwy alla i ei ffonio?")
	b.WriteString("sections:\n")
	return &b
}

// section writes one section, with advice when adviceEN is not empty.
func section(b *strings.Builder, id, hEN, hCY, bodyEN, bodyCY, adviceEN, adviceCY string) {
	fmt.Fprintf(b, "  - id: %s\n", id)
	tx(b, "    ", "heading", hEN, hCY)
	block(b, "    ", "body", bodyEN, bodyCY)
	if adviceEN != "" {
		block(b, "    ", "advice", adviceEN, adviceCY)
	}
}

// intro writes the short introduction.
func intro() string {
	b := stage("intro", "About", "Ynghylch", "Stress test.", "Prawf straen.")
	section(b, "about", "About this guide", "Am y canllaw hwn",
		"This guide tests the limits of layout. Its values are extreme but valid.",
		"Mae’r canllaw hwn yn profi terfynau’r gosodiad. Mae ei werthoedd yn eithafol ond yn ddilys. Ŵ ŷ.", "", "")
	return b.String()
}

// oneSection writes a stage with a single, short section.
func oneSection() string {
	b := stage("one-section", "One", "Un", "A stage with only one section.", "Cam gydag un adran yn unig.")
	section(b, "only", "Only", "Unig", "One short line.", "Un llinell fer.", "", "")
	return b.String()
}

// longWords writes a stage with a 60-letter word in a heading and a body,
// a 400-character URL, a long email and a tel: link to a +44 number.
func longWords() string {
	b := stage("long-words",
		"Words that are far too long to fit on one line of any page, addresses for the web that go on and on, and other things that make line breaking hard",
		"Geiriau sy’n llawer rhy hir i ffitio ar un llinell o unrhyw dudalen, cyfeiriadau gwe sy’n mynd ymlaen ac ymlaen, a phethau eraill sy’n gwneud torri llinellau’n anodd",
		"A summary much longer than one line, to see whether the front panel of a leaflet and the contents page cope with it: a summary should be one line, but nothing stops an editor writing more",
		"Crynodeb sy’n llawer hirach nag un llinell, i weld a yw panel blaen taflen a’r dudalen gynnwys yn ymdopi ag ef: dylai crynodeb fod yn un llinell, ond does dim yn atal golygydd rhag ysgrifennu mwy")
	u := longURL()
	section(b, "word", wordEN+" heading", "Pennawd "+wordCY,
		"A word of sixty letters: "+wordEN+". It has no hyphen, so a break inside it must show one.\n\n"+
			"The same word in bold, **"+wordEN+"**, and twice in a row: "+wordEN+" "+wordEN+".\n\n"+
			"A word of 150 letters, wider than any line: "+hugeEN+".",
		"Gair o drigain llythyren: "+wordCY+". Does dim cysylltnod ynddo, felly rhaid i doriad y tu mewn iddo ddangos un.\n\n"+
			"Yr un gair mewn print trwm, **"+wordCY+"**, a dwywaith yn olynol: "+wordCY+" "+wordCY+".\n\n"+
			"Gair o 150 llythyren, yn lletach nag unrhyw linell: "+hugeCY+".", "", "")
	section(b, "url", "A web address of four hundred characters", "Cyfeiriad gwe o bedwar cant o nodau",
		"The address as its own text: ["+u+"]("+u+").\n\nThe same address behind short text: [the long page]("+u+").\n\n"+
			"Email [a.very.long.local.part.for.testing.line.breaking.in.emails@subdomain.of.a.long.example.org](mailto:a.very.long.local.part.for.testing.line.breaking.in.emails@subdomain.of.a.long.example.org) "+
			"or call [01632 960 999](tel:+441632960999) at any time.",
		"Y cyfeiriad fel ei destun ei hun: ["+u+"]("+u+").\n\nYr un cyfeiriad y tu ôl i destun byr: [y dudalen hir]("+u+").\n\n"+
			"Anfonwch e-bost at [a.very.long.local.part.for.testing.line.breaking.in.emails@subdomain.of.a.long.example.org](mailto:a.very.long.local.part.for.testing.line.breaking.in.emails@subdomain.of.a.long.example.org) "+
			"neu ffoniwch [01632 960 999](tel:+441632960999) unrhyw bryd.",
		"Advice with the long word: "+wordEN+".", "Cyngor gyda’r gair hir: "+wordCY+".")
	return b.String()
}

// paraEN and paraCY are plain sentences repeated to make long paragraphs.
const (
	paraEN = "Ask the team what will happen next, and write down the answer so that you can look at it again later. "
	paraCY = "Gofynnwch i’r tîm beth fydd yn digwydd nesaf, ac ysgrifennwch yr ateb er mwyn i chi allu edrych arno eto’n nes ymlaen. Mae’r gŵr a’r tŷ’n iawn. "
)

// lists writes a long stage of many sections: long headings, nested and
// numbered lists, quotes, sub-headings, breaks and advice boxes.
func lists() string {
	b := stage("lists",
		"Lists, advice boxes and sections with headings long enough to wrap over two or three lines",
		"Rhestrau, blychau cyngor ac adrannau gyda phenawdau digon hir i lapio dros ddwy neu dair llinell",
		"Many sections of every kind of block.", "Llawer o adrannau o bob math o floc.",
		"A short title that is not short at all, being far too long for any running header or footer line",
		"Teitl byr nad yw’n fyr o gwbl, gan ei fod yn llawer rhy hir i unrhyw bennawd neu droedyn")
	for i := 1; i <= 12; i++ {
		var en, cy strings.Builder
		fmt.Fprintf(&en, "%s\n\n", strings.Repeat(paraEN, i%4+1))
		fmt.Fprintf(&cy, "%s\n\n", strings.Repeat(paraCY, i%4+1))
		for j := 1; j <= i%5+2; j++ {
			fmt.Fprintf(&en, "- Point %d of section %d, which is long enough to wrap onto a second line of the page.\n  - A nested point under point %d.\n", j, i, j)
			fmt.Fprintf(&cy, "- Pwynt %d o adran %d, sy’n ddigon hir i lapio ar ail linell y dudalen. Ŵ ŷ.\n  - Pwynt wedi’i nythu o dan bwynt %d.\n", j, i, j)
		}
		en.WriteString("\n### A sub-heading\n\n1. First\n1. Second\n1. Third\n\n> A quoted line to remember.\n\n---\n\n" + strings.Repeat(paraEN, 2))
		cy.WriteString("\n### Is-bennawd\n\n1. Cyntaf\n1. Ail\n1. Trydydd\n\n> Llinell wedi’i dyfynnu i’w chofio.\n\n---\n\n" + strings.Repeat(paraCY, 2))
		advEN, advCY := "", ""
		if i%3 != 0 {
			advEN = strings.Repeat("Keep a copy of every letter. ", i%4+1) + "\n\n- Bring a friend.\n- Ask for it in writing."
			advCY = strings.Repeat("Cadwch gopi o bob llythyr. ", i%4+1) + "\n\n- Dewch â ffrind.\n- Gofynnwch amdano’n ysgrifenedig."
		}
		section(b, fmt.Sprintf("section-%02d", i),
			fmt.Sprintf("Section %d: a heading that goes on for a long time, so that it has to wrap over more than one line even on a wide page", i),
			fmt.Sprintf("Adran %d: pennawd sy’n mynd ymlaen am amser hir, fel bod rhaid iddo lapio dros fwy nag un llinell hyd yn oed ar dudalen lydan", i),
			en.String(), cy.String(), advEN, advCY)
	}
	return b.String()
}

// diagrams writes a stage whose one short section is followed by both
// diagrams.
func diagrams() string {
	b := stage("diagrams", "Diagrams", "Diagramau", "Both diagrams after one short section.", "Y ddau ddiagram ar ôl un adran fer.")
	section(b, "before", "Before the diagrams", "Cyn y diagramau",
		strings.Repeat(paraEN, 9), strings.Repeat(paraCY, 8), "", "")
	b.WriteString("diagrams: [recovery, wheel]\n")
	return b.String()
}

// recovery writes recovery.yaml with long labels.
func recovery() string {
	var b strings.Builder
	b.WriteString("# Written by generate.go: do not edit by hand.\n")
	tx(&b, "", "title", "The road to recovery, in three parts that depend on each other, and the eight areas of a whole life", "Y ffordd at adferiad, mewn tair rhan sy’n dibynnu ar ei gilydd, ac wyth maes bywyd cyfan")
	b.WriteString("components:\n")
	for i, id := range []string{"one", "two", "three"} {
		fmt.Fprintf(&b, "  - id: %s\n", id)
		tx(&b, "    ", "title",
			fmt.Sprintf("Component %d, whose title is much longer than any title in the default guide", i+1),
			fmt.Sprintf("Cydran %d, sydd â theitl llawer hirach nag unrhyw deitl yn y canllaw diofyn", i+1))
		tx(&b, "    ", "text", strings.Repeat("An explanation that runs to several lines. ", 4), strings.Repeat("Esboniad sy’n rhedeg i sawl llinell. ", 4))
	}
	tx(&b, "", "wheel_centre", "The whole person, in every part of their life", "Y person cyfan, ym mhob rhan o’i fywyd")
	b.WriteString("life_areas:\n")
	for i := 1; i <= 8; i++ {
		fmt.Fprintf(&b, "  - id: area-%d\n", i)
		tx(&b, "    ", "title",
			fmt.Sprintf("Area of life number %d, with a long name that must wrap", i),
			fmt.Sprintf("Maes bywyd rhif %d, gydag enw hir sy’n gorfod lapio", i))
		tx(&b, "    ", "text", strings.Repeat("What this area covers. ", 3), strings.Repeat("Beth mae’r maes hwn yn ei gynnwys. ", 3))
	}
	return b.String()
}

// contacts writes contacts.yaml: four crisis lines for every area and 100
// contacts in one area, some with very long names, a 400-character web
// address, long emails and many-line addresses.
func contacts() string {
	var b strings.Builder
	b.WriteString("# Written by generate.go: do not edit by hand. Every contact is invented\n# (Ofcom drama numbers 01632 960xxx, example.org).\nareas:\n  - id: only-area\n")
	tx(&b, "    ", "name", "The only area, which has a long name: Rhondda Cynon Taf, Merthyr Tydfil and Bridgend", "Yr unig ardal, sydd ag enw hir: Rhondda Cynon Taf, Merthyr Tudful a Phen-y-bont ar Ogwr")
	b.WriteString("contacts:\n")
	for i := 1; i <= 4; i++ {
		fmt.Fprintf(&b, "  - id: crisis-%d\n", i)
		tx(&b, "    ", "name", fmt.Sprintf("Crisis line %d", i), fmt.Sprintf("Llinell argyfwng %d", i))
		tx(&b, "    ", "description", "Help at any time, free to call.", "Help unrhyw bryd, am ddim i’w ffonio.")
		fmt.Fprintf(&b, "    phone: \"0808 157 0%03d\"\n    crisis: true\n    stages: all\n    areas: all\n    verified: 2026-10-01\n", i)
	}
	u := longURL()
	for i := 1; i <= 100; i++ {
		fmt.Fprintf(&b, "  - id: contact-%03d\n", i)
		nameEN, nameCY := fmt.Sprintf("Contact %d", i), fmt.Sprintf("Cyswllt %d", i)
		if i%10 == 1 {
			nameEN = fmt.Sprintf("Contact %d, the community mental health and wellbeing support, advice and advocacy service for carers, families and friends", i)
			nameCY = fmt.Sprintf("Cyswllt %d, y gwasanaeth cymorth, cyngor ac eiriolaeth iechyd meddwl a llesiant cymunedol i ofalwyr, teuluoedd a ffrindiau", i)
		}
		tx(&b, "    ", "name", nameEN, nameCY)
		tx(&b, "    ", "description", strings.Repeat("Support for people in the area. ", i%3+1), strings.Repeat("Cymorth i bobl yn yr ardal. ", i%3+1))
		fmt.Fprintf(&b, "    phone: \"01632 960 %03d\"\n", i)
		switch i % 5 {
		case 0:
			fmt.Fprintf(&b, "    web: %s\n", u)
		case 1:
			fmt.Fprintf(&b, "    email: a.very.long.email.address.number.%03d@subdomain.of.a.long.example.org\n", i)
		case 2:
			tx(&b, "    ", "hours", "Monday, Tuesday, Wednesday, Thursday and Friday, 9am to 5pm, except bank holidays", "Dydd Llun, dydd Mawrth, dydd Mercher, dydd Iau a dydd Gwener, 9am i 5pm, ac eithrio gwyliau banc")
		case 3:
			b.WriteString("    address:\n      en: |-\n        Unit 1\n        The Long Industrial Estate Building With A Long Name\n        Sample Road\n        Sampletown\n        CF99 9ZZ\n      cy: |-\n        Uned 1\n        Adeilad yr Ystad Ddiwydiannol Hir ag Enw Hir\n        Ffordd Enghraifft\n        Tref Enghraifft\n        CF99 9ZZ\n")
		}
		stages := "all"
		if i%2 == 0 {
			stages = "[lists, long-words]"
		}
		fmt.Fprintf(&b, "    stages: %s\n    areas: [only-area]\n    verified: 2026-10-01\n", stages)
	}
	return b.String()
}
