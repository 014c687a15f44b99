package testguide

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"guidepress/content"
)

// The fixtures below are guides made in code for layout and PDF tests:
// small, in English and Welsh, with every kind of block.

// tx is a text in English and Welsh.
func tx(en, cy string) content.Text {
	return content.Text{Values: map[string]string{"en": en, "cy": cy}}
}

// repeat joins n copies of s with spaces, to make long sections.
func repeat(s string, n int) string { return strings.TrimSpace(strings.Repeat(s+" ", n)) }

// Fixture is a small guide in English and Welsh with every kind of block,
// Welsh letters beyond Latin-1 (ŵ ŷ Ŵ Ŷ) and the curly apostrophe.
func Fixture() *content.Guide {
	d := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	enPara := "Tell the police about your illness and any medicine you take. You have the right to a solicitor, free of charge."
	cyPara := "Dywedwch wrth yr heddlu am eich salwch ac unrhyw feddyginiaeth. Mae gennych hawl i gyfreithiwr yn rhad ac am ddim; mae’r gŵr a’r ŷd yn ddiogel."
	return &content.Guide{
		ID:            "fixture",
		Title:         tx("Mental health and the justice system", "Iechyd meddwl a’r system gyfiawnder"),
		Subtitle:      tx("A guide for people in Wales and their families", "Canllaw i bobl yng Nghymru a’u teuluoedd"),
		Organisation:  tx("Example Recovery Wales", "Adferiad Enghreifftiol Cymru"),
		ShortName:     tx("Example", "Enghraifft"),
		CharityNumber: "1234567",
		Edition:       d("2026-11-01"),
		Languages:     []string{"cy", "en"},
		ReviewNotice:  tx("Sample content: check every number before printing.", "Cynnwys enghreifftiol: gwiriwch bob rhif cyn argraffu. Ŵyr ac Ŷd."),
		Intro: &content.Stage{ID: "how-to-use",
			Title:   tx("How to use this guide", "Sut i ddefnyddio’r canllaw hwn"),
			Summary: tx("Read the part you need now.", "Darllenwch y rhan sydd ei hangen arnoch nawr."),
			Sections: []*content.Section{{ID: "stages", Heading: tx("The stages", "Y camau"),
				Body: tx("Most people who meet the police never go to prison.\n\n- Ask questions\n- Bring your medicine\n  - tablets\n  - a list",
					"Nid yw’r rhan fwyaf o bobl byth yn mynd i’r carchar.\n\n- Gofynnwch gwestiynau\n- Dewch â’ch meddyginiaeth\n  - tabledi\n  - rhestr")}}},
		Stages: []*content.Stage{
			{ID: "police", Title: tx("Police", "Heddlu"), Summary: tx("What happens if the police are involved.", "Beth sy’n digwydd os yw’r heddlu’n rhan o bethau."),
				Sections: []*content.Section{
					{ID: "safety", Heading: tx("A place of safety", "Man diogel"),
						Body: tx(repeat(enPara, 6)+"\n\n"+repeat(enPara, 5)+"\n\n### Your rights\n\n1. A **solicitor**, free\n1. An *interpreter*\n\n> Ask for an appropriate adult.\n\n---\n\nSee [the charity](https://www.example.org) or call `111`. Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword ends here.",
							repeat(cyPara, 6)+"\n\n"+repeat(cyPara, 5)+"\n\n### Eich hawliau\n\n1. **Cyfreithiwr**, am ddim\n1. *Cyfieithydd*\n\n> Gofynnwch am oedolyn priodol. Ŵ Ŷ.\n\n---\n\nGweler [yr elusen](https://www.example.org) neu ffoniwch `111`. Hirhirhirhirhirhirhirhirhirhirhirhirhirhirhirhirhirhirhirhirhirgair yn gorffen."),
						Advice: tx("Ask the custody sergeant for the **liaison service**.", "Gofynnwch i’r rhingyll am y **gwasanaeth cyswllt**.")},
					{ID: "after", Heading: tx("After the police station", "Ar ôl gorsaf yr heddlu"),
						Body: tx(repeat(enPara, 4), repeat(cyPara, 4))},
				}},
			{ID: "prison", Title: tx("Prison", "Carchar"), Summary: tx("Your first days in prison.", "Eich dyddiau cyntaf yn y carchar."),
				Sections: []*content.Section{{ID: "health", Heading: tx("Your health", "Eich iechyd"),
					Body:   tx(repeat(enPara, 8), repeat(cyPara, 8)),
					Advice: tx(repeat("Tell staff about your medicine on the first day.", 3), repeat("Dywedwch wrth y staff am eich meddyginiaeth ar y diwrnod cyntaf. Ŵ ŷ.", 3))}}},
			{ID: "recovery", Title: tx("Recovery", "Adferiad"), Summary: tx("The road to recovery.", "Y ffordd at adferiad."),
				Diagrams: []string{"recovery"},
				Sections: []*content.Section{{ID: "parts", Heading: tx("Three parts", "Tair rhan"),
					Body: tx("Recovery has three parts.", "Mae tair rhan i adferiad.")}}},
		},
		Contacts: []*content.Contact{
			{ID: "llais", Name: tx("Llais", "Llais"), Description: tx("Your voice in health and social care.", "Eich llais ym maes iechyd a gofal cymdeithasol."),
				Phone: "02920 235 558", Web: "https://www.llaiscymru.org/", Verified: d("2026-10-01"),
				Address: tx("1 Example Street\nCardiff", "1 Stryd Enghraifft\nCaerdydd")},
			{ID: "samaritans", Name: tx("Samaritans", "Samariaid"), Description: tx("Someone to talk to, any time.", "Rhywun i siarad ag ef, unrhyw bryd."),
				Phone: "116 123", PhoneNote: tx("free", "am ddim"), Email: "jo@samaritans.org", Hours: tx("24 hours, every day", "24 awr, bob dydd"),
				Crisis: true, Verified: d("2026-10-02")},
			{ID: "call", Name: tx("C.A.L.L. helpline", "Llinell gymorth C.A.L.L."), Description: tx("Mental health helpline for Wales.", "Llinell gymorth iechyd meddwl i Gymru."),
				Phone: "0800 132 737", TextNumber: "81066", TextNote: tx("send the word “help”", "anfonwch y gair “help”"), Crisis: true, Verified: d("2026-10-03")},
			{ID: "shelter", Name: tx("Shelter Cymru", "Shelter Cymru"), Description: tx("Housing advice.", "Cyngor ar dai."),
				Phone: "08000 495 495", Web: "https://sheltercymru.org.uk", Verified: d("2026-10-04")},
		},
		Recovery: content.Recovery{Title: tx("The road to recovery", "Y ffordd at adferiad"), WheelCentre: tx("Whole Person", "Person Cyfan"),
			Components: []*content.Component{
				{ID: "empowerment", Title: tx("Empowerment", "Grymuso"), Text: tx("Your choices.", "Eich dewisiadau.")},
				{ID: "commitment", Title: tx("Commitment to progress", "Ymrwymiad i gynnydd"), Text: tx("A plan.", "Cynllun.")},
				{ID: "whole-person", Title: tx("Whole Person", "Person Cyfan"), Text: tx("Every area.", "Pob maes.")},
			},
			LifeAreas: lifeAreas(),
		},
	}
}

// lifeAreas are the eight areas of life, with their official Welsh.
func lifeAreas() []*content.Component {
	names := [][2]string{{"Finance and money", "Cyllid ac arian"}, {"Accommodation", "Llety"},
		{"Personal care and physical well-being", "Gofal personol a llesiant corfforol"},
		{"Education and training", "Addysg a hyfforddiant"}, {"Work and occupation", "Gwaith a galwedigaeth"},
		{"Parenting or caring relationships", "Perthnasau gofalu a rhianta"},
		{"Social, cultural or spiritual", "Cymdeithasol, diwylliannol ac ysbrydol"},
		{"Medical and other forms of treatment", "Triniaeth feddygol a mathau eraill o driniaeth"}}
	out := make([]*content.Component, len(names))
	for i, n := range names {
		out[i] = &content.Component{ID: fmt.Sprintf("area-%d", i+1), Title: tx(n[0], n[1])}
	}
	return out
}

// LeafletFixture is Fixture with contacts tagged for stages and areas
// (two crisis lines for every stage and area, Llais tagged for prison and
// also named by it, Shelter only named by prison, and a liaison service
// for each of two areas tagged for police) and a short court stage, with
// at_a_glance text, that fits on one A4 sheet.
func LeafletFixture() *content.Guide {
	g := Fixture()
	g.Areas = []*content.Area{
		{ID: "cardiff-and-vale", Name: tx("Cardiff and Vale", "Caerdydd a’r Fro")},
		{ID: "powys", Name: tx("Powys", "Powys")},
	}
	for _, c := range g.Contacts {
		c.AllAreas = true
		switch c.ID {
		case "samaritans", "call":
			c.AllStages = true
		case "llais":
			c.Stages = []string{"prison"}
		}
	}
	g.StageByID("prison").Contacts = []string{"shelter", "llais"}
	g.Stages = append(g.Stages, &content.Stage{ID: "court", Title: tx("Court", "Llys"),
		Summary:   tx("Your first day at court.", "Eich diwrnod cyntaf yn y llys."),
		AtAGlance: tx("Bring your medicine. Ask for the **liaison service**.", "Dewch â’ch meddyginiaeth. Gofynnwch am y **gwasanaeth cyswllt**."),
		Sections: []*content.Section{{ID: "first", Heading: tx("The first hearing", "Y gwrandawiad cyntaf"),
			Body:   tx("Bring your medicine and a list of it.", "Dewch â’ch meddyginiaeth a rhestr ohoni."),
			Advice: tx("Ask for the **liaison service**.", "Gofynnwch am y **gwasanaeth cyswllt**.")}}})
	cjls := func(id, area, en, cy string) *content.Contact {
		return &content.Contact{
			ID:          id,
			Name:        tx("Liaison service – "+en, "Gwasanaeth cyswllt – "+cy),
			Description: tx("Mental health workers at the police station.", "Gweithwyr iechyd meddwl yng ngorsaf yr heddlu."),
			Web:         "https://" + id + ".example.org",
			Stages:      []string{"police"},
			Areas:       []string{area},
			Verified:    g.Contacts[0].Verified,
		}
	}
	g.Contacts = append(g.Contacts, cjls("cjls-cardiff", "cardiff-and-vale", "Cardiff", "Caerdydd"),
		cjls("cjls-powys", "powys", "Powys", "Powys"))
	return g
}

// Default loads the default guide; each call gets a copy the test may
// edit.
func Default(t testing.TB) *content.Guide {
	t.Helper()
	g, err := content.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	return g
}
