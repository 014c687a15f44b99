package compose

import (
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/internal/testguide"
)

// ids lists contacts' ids, space-separated.
func ids(cs []*content.Contact) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return strings.Join(out, " ")
}

func TestStageContacts(t *testing.T) {
	g := testguide.LeafletFixture()
	for _, c := range []struct {
		stages []string
		area   string
		want   string
	}{
		{[]string{"police"}, "", "samaritans call cjls-cardiff cjls-powys"},
		{[]string{"police"}, "cardiff-and-vale", "samaritans call cjls-cardiff"},
		{[]string{"police"}, "powys", "samaritans call cjls-powys"},
		{[]string{"prison"}, "", "samaritans call llais shelter"},
		{[]string{"recovery"}, "", "samaritans call"},
		{[]string{"court"}, "cardiff-and-vale", "samaritans call"},
		{[]string{"police", "prison"}, "", "samaritans call llais shelter cjls-cardiff cjls-powys"},
		{[]string{"prison", "police"}, "powys", "samaritans call llais shelter cjls-powys"},
		{nil, "", "samaritans call"},
	} {
		if got := ids(StageContacts(g, c.stages, c.area)); got != c.want {
			t.Errorf("StageContacts(%v, %q) = %q, want %q", c.stages, c.area, got, c.want)
		}
	}
}

func TestStageContactsOfTheDefaultGuide(t *testing.T) {
	g := testguide.Default(t)
	crisis := "emergency nhs-111 samaritans call-helpline police-101"
	cjls := "cjls-aneurin-bevan cjls-betsi-cadwaladr cjls-cardiff-and-vale cjls-cwm-taf-morgannwg cjls-hywel-dda cjls-powys cjls-swansea-bay"
	for _, c := range []struct{ stage, area, want string }{
		{"police", "", crisis + " " + cjls},
		{"police", "cardiff-and-vale", crisis + " cjls-cardiff-and-vale"},
		{"court", "powys", crisis + " citizens-advice cjls-powys"},
		{"prison", "", crisis + " prisoners-families shelter-cymru"},
		{"prevention", "hywel-dda", crisis + " llais mind-cymru adferiad"},
	} {
		if got := ids(StageContacts(g, []string{c.stage}, c.area)); got != c.want {
			t.Errorf("%s %s:\n got  %s\n want %s", c.stage, c.area, got, c.want)
		}
	}
}

func TestFindArea(t *testing.T) {
	g := testguide.LeafletFixture()
	for _, name := range []string{"cardiff-and-vale", "Cardiff and Vale", "CARDIFF AND VALE", "Caerdydd a’r Fro", "caerdydd a'r fro"} {
		a, err := FindArea(g, name)
		if err != nil || a.ID != "cardiff-and-vale" {
			t.Errorf("FindArea(%q) = %v, %v", name, a, err)
		}
	}
	_, err := FindArea(g, "Gwent")
	want := `unknown area "Gwent"; the guide's areas are: cardiff-and-vale (Caerdydd a’r Fro / Cardiff and Vale), powys (Powys)`
	if err == nil || err.Error() != want {
		t.Errorf("FindArea(Gwent) error\n%v\nwant\n%s", err, want)
	}
}
