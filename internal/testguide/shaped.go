package testguide

import (
	"testing"

	"guidepress/content"
)

// Shaped is the default guide bent into another shape, for tests of
// layout that must bend instead of breaking: English listed first; a
// 90-character title and a 130-character subtitle; stage titles of about
// 60 characters with longer summaries; a stage of one short paragraph;
// a very long stage (the sections of four stages) that draws both
// diagrams; and recovery components with long titles.
// Each call gets a copy the test may edit.
func Shaped(t testing.TB) *content.Guide {
	t.Helper()
	g := Default(t)
	g.ID = "shaped"
	g.Languages = []string{"en", "cy"}
	g.Title = tx("Mental health, the police, the courts and prisons: a practical guide for Wales and its borders",
		"Iechyd meddwl, yr heddlu, y llysoedd a’r carchardai: canllaw ymarferol i Gymru a’i ffiniau")
	g.Subtitle = tx("For people living with serious mental illness who meet the justice system, and for the families, friends and carers beside them",
		"I bobl sy’n byw gyda salwch meddwl difrifol sy’n dod i gysylltiad â’r system gyfiawnder, ac i’r teuluoedd, ffrindiau a gofalwyr gyda nhw")
	long := map[string]content.Text{
		"police":    tx("When the police are involved: arrest, custody and your rights", "Pan fydd yr heddlu’n rhan o bethau: arestio, y ddalfa a’ch hawliau"),
		"court":     tx("Going to court: solicitors, legal aid and reports on your health", "Mynd i’r llys: cyfreithwyr, cymorth cyfreithiol ac adroddiadau iechyd"),
		"prison":    tx("Prison and remand: health checks, medicine and keeping in touch", "Carchar a remand: gwiriadau iechyd, meddyginiaeth a chadw mewn cysylltiad"),
		"discharge": tx("Leaving prison or hospital: planning, housing and benefits", "Gadael y carchar neu’r ysbyty: cynllunio, tai a budd-daliadau"),
	}
	var sections []*content.Section
	for _, s := range g.Stages {
		title, ok := long[s.ID]
		if !ok {
			continue
		}
		s.Title = title
		s.Summary = tx(s.Summary.Get("en")+" It also says who can help and what to bring with you.",
			s.Summary.Get("cy")+" Mae hefyd yn dweud pwy all helpu a beth i ddod gyda chi.")
		for _, sec := range s.Sections {
			c := *sec
			c.ID = s.ID + "-" + sec.ID
			sections = append(sections, &c)
		}
	}
	onePara := &content.Stage{ID: "one-para", Title: tx("Interpreters", "Cyfieithwyr"),
		Summary: tx("Help in your own language.", "Help yn eich iaith eich hun."),
		Sections: []*content.Section{{ID: "ask", Heading: tx("Ask for an interpreter", "Gofynnwch am gyfieithydd"),
			Body: tx("You can ask for an interpreter at the police station and in court, free of charge, and you can ask to speak Welsh.",
				"Gallwch ofyn am gyfieithydd yng ngorsaf yr heddlu ac yn y llys, am ddim, a gallwch ofyn am gael siarad Cymraeg.")}}}
	longStage := &content.Stage{ID: "long-stage",
		Title:   tx("Everything in one place: a chapter that runs over many pages", "Popeth mewn un lle: pennod sy’n rhedeg dros lawer o dudalennau"),
		Summary: tx("A long chapter.", "Pennod hir."), Sections: sections, Diagrams: []string{"recovery", "wheel"}}
	stages := []*content.Stage{}
	for _, s := range g.Stages {
		stages = append(stages, s)
		switch s.ID {
		case "police":
			stages = append(stages, onePara)
		case "prison":
			stages = append(stages, longStage)
		}
	}
	g.Stages = stages
	cs := g.Recovery.Components
	cs[0].Title = tx("Empowerment, self-management and control of your own choices", "Grymuso, hunanreoli a rheolaeth dros eich dewisiadau eich hun")
	cs[1].Title = tx("Commitment to progress through your care and treatment plan", "Ymrwymiad i gynnydd drwy eich cynllun gofal a thriniaeth")
	return g
}
