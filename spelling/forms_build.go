package spelling

import (
	"bufio"
	"io"
	"os"
	"strings"
)

// buildForms reads the affix file's morphological tags and the dictionary,
// and returns an automaton from every form to its class bits (FormStem …).
func buildForms(affPath, dicPath string) ([]byte, error) {
	af, err := os.Open(affPath)
	if err != nil {
		return nil, err
	}
	defer af.Close()
	a, err := parseAffix(af)
	if err != nil {
		return nil, err
	}
	if _, err := af.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	tags, err := readTags(af)
	if err != nil {
		return nil, err
	}
	df, err := os.Open(dicPath)
	if err != nil {
		return nil, err
	}
	defer df.Close()
	fb := newFormBuilder(a, tags)
	if err := fb.readDic(df); err != nil {
		return nil, err
	}
	fb.finish()
	fb.addWeakParticiples()
	return compile(fb.widened())
}

// readTags returns, per affix flag name, the "ts:" tag of each of its
// lines in file order ("" for a line without one), so that tag i belongs
// to parseAffix's affix i of that flag.
func readTags(r io.Reader) (map[string][]string, error) {
	out := map[string][]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		f := strings.Fields(stripComment(sc.Text()))
		if len(f) < 4 || f[0] != "SFX" && f[0] != "PFX" || isAffixHeader(f) {
			continue
		}
		tag := ""
		for _, m := range f[4:] {
			if strings.HasPrefix(m, "ts:") {
				tag = m[3:]
			}
		}
		out[f[1]] = append(out[f[1]], tag)
	}
	return out, sc.Err()
}

// isAffixHeader recognises "SFX Ze Y 26", the line that opens a flag.
func isAffixHeader(f []string) bool {
	return (f[2] == "Y" || f[2] == "N") && isCount(f[3])
}

// tagClass is the class of a form an affix with this tag makes.
func tagClass(tag string) uint32 {
	switch {
	case tag == "VB3":
		return FormThird
	case strings.HasPrefix(tag, "VBh"):
		return FormPast
	case tag == "VBpe":
		return FormParticipleE | FormAdjective
	case strings.HasPrefix(tag, "PP"):
		return FormAdjective // present participle: "lopend", "lopende"
	case strings.HasPrefix(tag, "NN") && strings.HasSuffix(tag, "r"):
		return 0 // diminutives ("landje") never look like a verb form: left out to keep the table small
	case strings.HasPrefix(tag, "NN2"):
		return FormNoun | FormPlural
	case strings.HasPrefix(tag, "NN"):
		return FormNoun
	case strings.HasPrefix(tag, "AJc"):
		return FormComparative | FormAdjective
	case strings.HasPrefix(tag, "AJ"), tag == "i":
		return FormAdjective
	case tag != "":
		return FormOther
	}
	return 0
}

// rootClass is the class of the root an affix with this tag attaches to:
// a root that takes the present -t is a verb stem, one that takes a
// participle's -e is a participle, one that takes a plural is a noun.
func rootClass(tag string) uint32 {
	switch {
	case tag == "VB3", strings.HasPrefix(tag, "VBh"):
		return FormStem
	case tag == "VBpe":
		return FormParticiple
	case strings.HasPrefix(tag, "PP"):
		return FormInfinitive
	case strings.HasPrefix(tag, "NN"):
		return FormNoun
	case strings.HasPrefix(tag, "AJ"), tag == "i":
		return FormAdjective
	case tag != "":
		return FormOther
	}
	return 0
}
