package impose

import (
	"reflect"
	"testing"
)

func TestOrder(t *testing.T) {
	tests := []struct {
		pages int
		want  []Sheet
	}{
		{4, []Sheet{{Front: [2]int{4, 1}, Back: [2]int{2, 3}}}},
		{8, []Sheet{
			{Front: [2]int{8, 1}, Back: [2]int{2, 7}},
			{Front: [2]int{6, 3}, Back: [2]int{4, 5}},
		}},
		{12, []Sheet{
			{Front: [2]int{12, 1}, Back: [2]int{2, 11}},
			{Front: [2]int{10, 3}, Back: [2]int{4, 9}},
			{Front: [2]int{8, 5}, Back: [2]int{6, 7}},
		}},
	}
	for _, tt := range tests {
		if got := Order(tt.pages); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Order(%d) = %v, want %v", tt.pages, got, tt.want)
		}
	}
}

func TestOrderEveryPageOnce(t *testing.T) {
	for pages := 4; pages <= 64; pages += 4 {
		seen := map[int]int{}
		for _, s := range Order(pages) {
			for _, p := range [4]int{s.Front[0], s.Front[1], s.Back[0], s.Back[1]} {
				seen[p]++
			}
			// Facing halves of a sheet side add up to pages+1.
			if s.Front[0]+s.Front[1] != pages+1 || s.Back[0]+s.Back[1] != pages+1 {
				t.Errorf("Order(%d): sheet %v does not pair p with %d-p", pages, s, pages+1)
			}
		}
		for p := 1; p <= pages; p++ {
			if seen[p] != 1 {
				t.Errorf("Order(%d): page %d appears %d times", pages, p, seen[p])
			}
		}
	}
}

func TestOrderInvalid(t *testing.T) {
	for _, pages := range []int{-4, 0, 2, 6, 10} {
		if got := Order(pages); got != nil {
			t.Errorf("Order(%d) = %v, want nil", pages, got)
		}
	}
}
