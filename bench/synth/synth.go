// Package synth writes synthetic guides in the content format, sized to
// print about a given number of A5 pages in the standard style, for
// benchmarks: English and Welsh text, lists, advice call-outs and contacts.
package synth

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

var english = strings.Fields(`you can ask for help at any time and the people who work
with you should listen to what you need when the police court or prison are involved
your care coordinator can tell you about the plan and how to get support from services`)

var welsh = strings.Fields(`gallwch chi ofyn am help ar unrhyw adeg a dylai’r bobl sy’n
gweithio gyda chi wrando ar beth sydd ei angen arnoch chi pan fydd yr heddlu’r llys neu’r
carchar yn rhan o bethau mae’r tŷ yn siŵr o fod yn ddiogel gyda dŵr a bwyd`)

// Write creates the guide in dir: one stage per 25 pages (at least one),
// each with sections of about one page, and one contact per 4 pages.
func Write(dir string, pages int) error {
	stages := max(1, pages/25)
	sectionsPerStage := max(1, pages/stages-1)
	contacts := max(2, pages/4)
	if err := os.MkdirAll(filepath.Join(dir, "stages"), 0o755); err != nil {
		return err
	}
	files := map[string]string{
		"guide.yaml":    guideYAML(stages),
		"contacts.yaml": contactsYAML(contacts, stages),
		"recovery.yaml": recoveryYAML(),
	}
	for i := 1; i <= stages; i++ {
		files[fmt.Sprintf("stages/stage-%d.yaml", i)] = stageYAML(i, sectionsPerStage)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func guideYAML(stages int) string {
	ids := make([]string, stages)
	for i := range ids {
		ids[i] = fmt.Sprintf("stage-%d", i+1)
	}
	return fmt.Sprintf(`id: synthetic
title: {en: A synthetic guide for benchmarks, cy: Canllaw synthetig ar gyfer meincnodau}
organisation: {en: Benchmark Charity, cy: Elusen Meincnod}
short_name: {en: Benchmark, cy: Meincnod}
edition: 2026-11-01
languages: [cy, en]
review_notice: {en: Generated text for benchmarks only., cy: Testun wedi’i gynhyrchu ar gyfer meincnodau yn unig.}
stages: [%s]
`, strings.Join(ids, ", "))
}

// sentence returns n words from the pool, starting at seed, as a sentence.
func sentence(pool []string, seed, n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = pool[(seed*7+i*3)%len(pool)]
	}
	s := strings.Join(ws, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// body is about one page of Markdown: paragraphs and a list.
func body(pool []string, seed int) string {
	var b strings.Builder
	for p := 0; p < 4; p++ {
		for s := 0; s < 3; s++ {
			b.WriteString(sentence(pool, seed+p*3+s, 10) + " ")
		}
		b.WriteString("**" + sentence(pool, seed+p, 4) + "**\n\n")
	}
	for i := 0; i < 4; i++ {
		fmt.Fprintf(&b, "- %s\n", sentence(pool, seed+i, 6))
	}
	return b.String()
}

func block(text string) string {
	return "|\n" + "        " + strings.ReplaceAll(strings.TrimSpace(text), "\n", "\n        ") + "\n"
}

func stageYAML(n, sections int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "id: stage-%d\ntitle: {en: Stage %d, cy: Cam %d}\n", n, n, n)
	fmt.Fprintf(&b, "summary: {en: What happens at stage %d., cy: Beth sy’n digwydd yng ngham %d.}\nsections:\n", n, n)
	for s := 1; s <= sections; s++ {
		fmt.Fprintf(&b, "  - id: section-%d\n    heading: {en: Section %d of stage %d, cy: Adran %d o gam %d}\n", s, s, n, s, n)
		fmt.Fprintf(&b, "    body:\n      en: %s      cy: %s", block(body(english, n*31+s)), block(body(welsh, n*31+s)))
		if s%3 == 0 {
			fmt.Fprintf(&b, "    advice:\n      en: %s      cy: %s", block(sentence(english, s, 14)), block(sentence(welsh, s, 14)))
		}
	}
	return b.String()
}

func contactsYAML(n, stages int) string {
	var b strings.Builder
	b.WriteString("contacts:\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "  - id: contact-%d\n    name: {en: Service %d, cy: Gwasanaeth %d}\n", i, i, i)
		fmt.Fprintf(&b, "    description: {en: %s, cy: %s}\n", sentence(english, i, 9), sentence(welsh, i, 9))
		fmt.Fprintf(&b, "    phone: \"0800 %06d\"\n    web: https://service%d.example.org\n", i, i)
		fmt.Fprintf(&b, "    stages: [stage-%d]\n    areas: all\n    verified: 2026-10-01\n", 1+i%stages)
	}
	return b.String()
}

func recoveryYAML() string {
	var b strings.Builder
	b.WriteString("title: {en: The road to recovery, cy: Y ffordd at adferiad}\ncomponents:\n")
	for i, t := range [][2]string{{"Empowerment", "Grymuso"}, {"Commitment to progress", "Ymrwymiad i gynnydd"}, {"Whole Person", "Person Cyfan"}} {
		fmt.Fprintf(&b, "  - id: c%d\n    title: {en: %s, cy: %s}\n    text: {en: Explained here., cy: Esboniad yma.}\n", i, t[0], t[1])
	}
	b.WriteString("wheel_centre: {en: Whole Person, cy: Person Cyfan}\nlife_areas:\n")
	for i, t := range [][2]string{{"Finance and money", "Cyllid ac arian"}, {"Accommodation", "Llety"}, {"Personal care", "Gofal personol"},
		{"Education and training", "Addysg a hyfforddiant"}, {"Work and occupation", "Gwaith a galwedigaeth"}, {"Relationships", "Perthnasau"},
		{"Social, cultural or spiritual", "Cymdeithasol, diwylliannol ac ysbrydol"}, {"Medical treatment", "Triniaeth feddygol"}} {
		fmt.Fprintf(&b, "  - id: a%d\n    title: {en: \"%s\", cy: \"%s\"}\n", i, t[0], t[1])
	}
	return b.String()
}
