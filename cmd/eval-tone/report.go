package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// personal are the non-hateful functionalities that insult or threaten a
// person or a group the law does not protect ("Ik ga je neerschieten",
// "Ik wil alle overheidswerkers doden"). HateCheck calls them not hateful;
// point 7 ("don't pick fights") wants a warning on them all the same, so
// the summary also gives the false-alarm rate without them.
var personal = map[string]bool{"target_indiv_nh": true, "target_group_nh": true}

type tally struct{ hateful, caught, benign, alarms, benignP, alarmsP int }

func (t *tally) add(r result) {
	switch {
	case r.hateful:
		t.hateful++
		if r.flagged() {
			t.caught++
		}
	default:
		t.benign++
		if r.flagged() {
			t.alarms++
		}
		if !personal[r.functionality] {
			t.benignP++
			if r.flagged() {
				t.alarmsP++
			}
		}
	}
}

func pct(n, of int) string {
	if of == 0 {
		return "    -"
	}
	return fmt.Sprintf("%5.1f%%", 100*float64(n)/float64(of))
}

func summary(w io.Writer, rs []result) {
	fmt.Fprintln(w, "HateCheck-NL: caught = hateful rows with a point-7/10 warning or error;")
	fmt.Fprintln(w, "false alarms = non-hateful rows with one (target: >= 80 % caught, <= 5 % false alarms).")
	fmt.Fprintln(w, "The last column leaves out insults and threats aimed at a person or an")
	fmt.Fprintln(w, "unprotected group (target_indiv_nh, target_group_nh), which point 7 should flag.")
	fmt.Fprintf(w, "\n%-22s %8s %8s %13s %22s\n", "rows", "hateful", "caught", "false alarms", "false alarms w/o those")
	for _, rows := range []string{"all", "odd", "even"} {
		var t tally
		for _, r := range rs {
			if inRows(r, rows) {
				t.add(r)
			}
		}
		label := map[string]string{"all": "all", "odd": "odd (developed on)", "even": "even (held out)"}[rows]
		fmt.Fprintf(w, "%-22s %8d %8s %13s %22s\n", label, t.hateful, pct(t.caught, t.hateful), pct(t.alarms, t.benign), pct(t.alarmsP, t.benignP))
	}
}

func functionalities(w io.Writer, rs []result) {
	byFunc := map[string]*[2]tally{}
	var names []string
	for _, r := range rs {
		t := byFunc[r.functionality]
		if t == nil {
			t = &[2]tally{}
			byFunc[r.functionality] = t
			names = append(names, r.functionality)
		}
		t[0].add(r)
		if r.id%2 == 0 {
			t[1].add(r)
		}
	}
	sort.Strings(names)
	fmt.Fprintf(w, "\n%-20s %5s %-20s %9s %9s\n", "functionality", "rows", "label", "flagged", "even rows")
	for _, n := range names {
		t := byFunc[n]
		label, all, even := "hateful (caught)", pct(t[0].caught, t[0].hateful), pct(t[1].caught, t[1].hateful)
		rows := t[0].hateful
		if t[0].hateful == 0 {
			label, all, even, rows = "non-hateful (alarm)", pct(t[0].alarms, t[0].benign), pct(t[1].alarms, t[1].benign), t[0].benign
		}
		fmt.Fprintf(w, "%-20s %5d %-20s %9s %9s\n", n, rows, label, all, even)
	}
}

// rules counts, per rule, the hateful and non-hateful rows it fired on.
func rules(w io.Writer, rs []result) {
	type n struct{ hateful, benign int }
	count := map[string]*n{}
	var ids []string
	for _, r := range rs {
		for _, id := range r.rules {
			if count[id] == nil {
				count[id] = &n{}
				ids = append(ids, id)
			}
			if r.hateful {
				count[id].hateful++
			} else {
				count[id].benign++
			}
		}
	}
	sort.Strings(ids)
	fmt.Fprintf(w, "\n%-28s %8s %12s\n", "rule (all rows)", "hateful", "non-hateful")
	for _, id := range ids {
		fmt.Fprintf(w, "%-28s %8d %12d\n", id, count[id].hateful, count[id].benign)
	}
}

// list prints the rows of one kind, for looking at misses and alarms.
func list(w io.Writer, rs []result, show, rows, only string) {
	for _, r := range rs {
		if !inRows(r, rows) || only != "" && r.functionality != only {
			continue
		}
		var want bool
		switch show {
		case "caught":
			want = r.hateful && r.flagged()
		case "missed":
			want = r.hateful && !r.flagged()
		case "alarms":
			want = !r.hateful && r.flagged()
		case "silent":
			want = !r.hateful && !r.flagged()
		}
		if want {
			fmt.Fprintf(w, "%d\t%s\t%s\t%s\n", r.id, r.functionality, strings.Join(r.rules, ","), r.text)
		}
	}
}
