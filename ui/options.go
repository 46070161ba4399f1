package ui

import "postwijs/drafts"

// Choices shown in a Select by their translated label and stored by id.
var (
	draftStatuses = []string{drafts.StatusConcept, drafts.StatusKlaar, drafts.StatusGeplaatst}
	postLangs     = []string{"", "nl", "en"} // "" detects the language
	uiLangs       = []string{"", "nl", "en"} // "" follows the system
	themes        = []string{"system", "light", "dark"}
)

// optionLabels are the labels of ids, from the texts "<kind>.<id>".
func optionLabels(kind string, ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = optionLabel(kind, id, ids)
	}
	return out
}

// optionLabel is the label of id, or of the first id when id is unknown.
func optionLabel(kind, id string, ids []string) string {
	for _, x := range ids {
		if x == id {
			return T(kind + "." + labelKey(id))
		}
	}
	return T(kind + "." + labelKey(ids[0]))
}

// optionID is the id of a label, or the first id when nothing matches.
func optionID(kind, label string, ids []string) string {
	for _, id := range ids {
		if T(kind+"."+labelKey(id)) == label {
			return id
		}
	}
	return ids[0]
}

func labelKey(id string) string {
	if id == "" {
		return "auto"
	}
	return id
}
