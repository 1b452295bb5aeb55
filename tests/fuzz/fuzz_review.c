#include <string.h>

#include "gloss-aligner.h"
#include "gloss-import-format.h"
#include "gloss-project-file.h"
#include "gloss-review-export.h"
#include "gloss-review.h"

#include "fuzz.h"

/* A translation and its original, separated by a form feed on a line of
 * its own; both imported, aligned, corrected and reviewed. */
#define SEPARATOR "\n\f\n"

static void
check_alignment (GlossTranscript *t,
                 GlossTranscript *o,
                 GlossAlignment  *alignment)
{
  guint next[2] = { 0, 0 }, paragraph_end[2] = { 0, 0 };
  g_autoptr(GlossProject) project = gloss_project_new (t);
  g_autoptr(GlossProject) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint p = 0; p < gloss_alignment_get_n_turn_pairs (alignment); p++)
    {
      const GlossTurnPair *pair = gloss_alignment_get_turn_pair (alignment, p);

      g_assert_true (pair->n_transcript + pair->n_original > 0);
      for (guint k = 0; k < pair->n_transcript; k++)
        g_assert_cmpuint (pair->transcript[k], ==, next[0]++);
      for (guint k = 0; k < pair->n_original; k++)
        g_assert_cmpuint (pair->original[k], ==, next[1]++);
    }
  g_assert_cmpuint (next[0], ==, gloss_transcript_get_n_turns (t));
  g_assert_cmpuint (next[1], ==, gloss_transcript_get_n_turns (o));

  for (guint p = 0; p < gloss_alignment_get_n_paragraph_pairs (alignment); p++)
    {
      const GlossParagraphPair *pp = gloss_alignment_get_paragraph_pair (alignment, p);

      g_assert_cmpuint (pp->transcript_start, >=, paragraph_end[0]);
      g_assert_cmpuint (pp->original_start, >=, paragraph_end[1]);
      g_assert_cmpuint (pp->transcript_end, <=, gloss_transcript_get_length (t));
      g_assert_cmpuint (pp->original_end, <=, gloss_transcript_get_length (o));
      paragraph_end[0] = pp->transcript_end;
      paragraph_end[1] = pp->original_end;
    }

  /* what the aligner makes, the project file takes */
  gloss_project_set_original (project, o);
  gloss_project_set_alignment (project, alignment);
  bytes = gloss_project_file_to_bytes (project);
  loaded = gloss_project_file_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                         "fuzz.gloss", &error);
  g_assert_no_error (error);
}

static void
check_review (GlossTranscript *t,
              GlossTranscript *o,
              GlossAlignment  *alignment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossReview) review = gloss_review_new (t, o, alignment, NULL, &error);
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GBytes) csv = NULL;
  guint total = 0;

  g_assert_no_error (error);
  for (guint f = 0; f < gloss_review_get_n_findings (review); f++)
    {
      GlossReviewFinding *finding = gloss_review_get_finding (review, f);
      GlossTranscript *texts[2] = { t, o };

      for (GlossTextRole role = 0; role <= GLOSS_TEXT_ROLE_LAST; role++)
        {
          const GlossFigure *figure = gloss_review_finding_get_figure (finding, role);

          if (figure == NULL)
            continue;
          g_assert_cmpuint (figure->start, <, figure->end);
          g_assert_cmpuint (figure->end, <=, gloss_transcript_get_length (texts[role]));
          g_assert_cmpint (gloss_review_finding_get_turn (finding, role), >=, 0);
        }
    }
  for (guint s = 0; s <= GLOSS_FIGURE_FINDING_STATUS_LAST; s++)
    total += gloss_review_count (review, s);
  g_assert_cmpuint (total, ==, gloss_review_get_n_findings (review));

  html = gloss_review_export_html (review, GLOSS_EXPORT_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (g_bytes_get_data (html, NULL), g_bytes_get_size (html), NULL));
  csv = gloss_review_export_csv (review, GLOSS_EXPORT_FLAGS_NO_BOM, &error);
  g_assert_no_error (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = (const char *) data;
  const char *split;
  g_autoptr(GlossTranscript) t = NULL;
  g_autoptr(GlossTranscript) o = NULL;
  g_autoptr(GlossAlignment) alignment = NULL;
  g_autoptr(GError) error = NULL;
  guint n_t, n_o;

  fuzz_init ();

  split = size >= strlen (SEPARATOR) ? g_strstr_len (text, size, SEPARATOR) : NULL;
  if (split == NULL)
    return 0;
  t = gloss_import_data (text, split - text, "translation.txt", NULL, NULL, &error);
  fuzz_report (error);
  if (t == NULL)
    return 0;
  split += strlen (SEPARATOR);
  o = gloss_import_data (split, size - (split - text), "original.txt", NULL, NULL, &error);
  fuzz_report (error);
  if (o == NULL)
    return 0;

  alignment = gloss_aligner_align (t, o, NULL, &error);
  g_assert_no_error (error);
  check_alignment (t, o, alignment);
  check_review (t, o, alignment);

  /* corrections keep every invariant */
  n_t = gloss_transcript_get_n_turns (t);
  n_o = gloss_transcript_get_n_turns (o);
  if (n_t > 0 && n_o > 0)
    {
      guint a = (guint) size % n_t, b = (guint) (size / 7) % n_o;
      g_autoptr(GlossAlignment) linked = gloss_aligner_link (t, o, alignment, a, b);
      g_autoptr(GlossAlignment) crossed = gloss_aligner_link (t, o, linked, n_t - 1 - a, n_o - 1 - b);
      g_autoptr(GlossAlignment) unlinked = gloss_aligner_unlink (t, o, crossed, a, b);

      check_alignment (t, o, linked);
      g_assert_cmpint (gloss_alignment_find_turn_pair (linked, FALSE, a), ==,
                       gloss_alignment_find_turn_pair (linked, TRUE, b));
      check_alignment (t, o, crossed);
      check_alignment (t, o, unlinked);
      check_review (t, o, unlinked);
      if (gloss_alignment_get_n_turn_pairs (unlinked) > 1)
        {
          g_autoptr(GlossAlignment) merged = gloss_aligner_merge (t, o, unlinked, 0);

          check_alignment (t, o, merged);
        }
    }

  return 0;
}
