#include "config.h"

#include "gloss-claim-index.h"
#include "gloss-claim-private.h"

static GlossClaim *
make_claim (GlossTextRole role,
            guint         start,
            guint         end)
{
  GlossClaim *claim = gloss_claim_new_full (NULL, start, end, "", "", "", NULL, "", "", NULL, NULL);

  gloss_claim_set_text_role (claim, role);
  return claim;
}

/* the claims of @role covering [start, end) by a plain scan, in order */
static GPtrArray *
scan (GlossClaimIndex *index,
      GlossTextRole    role,
      guint            start,
      guint            end)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < gloss_claim_index_get_n (index); i++)
    {
      GlossClaim *claim = gloss_claim_index_get (index, i);
      guint cs = gloss_claim_get_start (claim), ce = gloss_claim_get_end (claim);
      gboolean hit = end == start ? cs <= start && start < ce : cs < end && start < ce;

      if (gloss_claim_get_text_role (claim) == role && hit && !gloss_claim_get_orphaned (claim))
        g_ptr_array_add (found, claim);
    }

  return found;
}

static void
assert_same (GPtrArray *a,
             GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_true (g_ptr_array_index (a, i) == g_ptr_array_index (b, i));
}

/* random claims on two texts, inserted and removed in any order: every
 * lookup agrees with a scan, also after the longest claim went */
static void
test_claim_index_random (void)
{
  g_autoptr(GlossClaimIndex) index = gloss_claim_index_new ();
  GRand *rand = g_rand_new_with_seed (16);

  for (guint round = 0; round < 600; round++)
    {
      if (gloss_claim_index_get_n (index) > 0 && g_rand_int_range (rand, 0, 3) == 0)
        {
          gloss_claim_index_remove (index, g_rand_int_range (rand, 0, gloss_claim_index_get_n (index)));
        }
      else
        {
          guint start = g_rand_int_range (rand, 0, 500);
          guint span = g_rand_int_range (rand, 0, 8) == 0 ? g_rand_int_range (rand, 50, 200)
                                                        : g_rand_int_range (rand, 1, 20);
          g_autoptr(GlossClaim) claim = make_claim (g_rand_int_range (rand, 0, 2), start, start + span);

          if (g_rand_int_range (rand, 0, 10) == 0)
            _gloss_claim_set_orphaned (claim, TRUE);
          gloss_claim_index_insert (index, claim);
        }

      for (guint i = 1; i < gloss_claim_index_get_n (index); i++)
        g_assert_cmpint (gloss_claim_compare (gloss_claim_index_get (index, i - 1),
                                              gloss_claim_index_get (index, i)), <, 0);

      if (round % 20 == 0)
        for (guint role = 0; role <= GLOSS_TEXT_ROLE_LAST; role++)
          for (guint offset = 0; offset < 720; offset += 7)
            {
              g_autoptr(GPtrArray) at = gloss_claim_index_overlapping (index, role, offset, offset);
              g_autoptr(GPtrArray) at_scan = scan (index, role, offset, offset);
              g_autoptr(GPtrArray) in = gloss_claim_index_overlapping (index, role, offset, offset + 30);
              g_autoptr(GPtrArray) in_scan = scan (index, role, offset, offset + 30);

              assert_same (at, at_scan);
              assert_same (in, in_scan);
            }
    }

  g_rand_free (rand);
}

static void
test_claim_index_roles (void)
{
  g_autoptr(GlossClaimIndex) index = gloss_claim_index_new ();
  g_autoptr(GlossClaim) t1 = make_claim (GLOSS_TEXT_TRANSCRIPT, 10, 20);
  g_autoptr(GlossClaim) o1 = make_claim (GLOSS_TEXT_ORIGINAL, 0, 5);
  g_autoptr(GlossClaim) t2 = make_claim (GLOSS_TEXT_TRANSCRIPT, 30, 40);
  guint first, last;

  gloss_claim_index_insert (index, o1);
  gloss_claim_index_insert (index, t2);
  gloss_claim_index_insert (index, t1);

  /* the transcript's claims come first, whatever their offsets */
  g_assert_true (gloss_claim_index_get (index, 0) == t1);
  g_assert_true (gloss_claim_index_get (index, 1) == t2);
  g_assert_true (gloss_claim_index_get (index, 2) == o1);
  gloss_claim_index_role_range (index, GLOSS_TEXT_TRANSCRIPT, &first, &last);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (last, ==, 2);
  gloss_claim_index_role_range (index, GLOSS_TEXT_ORIGINAL, &first, &last);
  g_assert_cmpuint (first, ==, 2);
  g_assert_cmpuint (last, ==, 3);
  g_assert_cmpint (gloss_claim_index_find (index, o1), ==, 2);

  {
    g_autoptr(GPtrArray) at = gloss_claim_index_overlapping (index, GLOSS_TEXT_TRANSCRIPT, 3, 3);

    /* offset 3 of the original is claimed, not of the transcript */
    g_assert_cmpuint (at->len, ==, 0);
  }
}

/* a mirror fed by splices, as a view applies items-changed */
static void
test_claim_index_splice (void)
{
  g_autoptr(GlossClaimIndex) index = gloss_claim_index_new ();
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 6; i++)
    g_ptr_array_add (claims, make_claim (GLOSS_TEXT_TRANSCRIPT, i * 10, i * 10 + 5));

  gloss_claim_index_splice (index, 0, 0, (GlossClaim * const *) claims->pdata, 2);
  gloss_claim_index_splice (index, 2, 0, (GlossClaim * const *) claims->pdata + 4, 2);
  gloss_claim_index_splice (index, 2, 0, (GlossClaim * const *) claims->pdata + 2, 2);
  for (guint i = 0; i < 6; i++)
    g_assert_true (gloss_claim_index_get (index, i) == g_ptr_array_index (claims, i));

  gloss_claim_index_splice (index, 1, 3, (GlossClaim * const *) claims->pdata + 2, 1);
  g_assert_cmpuint (gloss_claim_index_get_n (index), ==, 4);
  g_assert_true (gloss_claim_index_get (index, 1) == g_ptr_array_index (claims, 2));
  g_assert_true (gloss_claim_index_get (index, 2) == g_ptr_array_index (claims, 4));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/claim-index/random", test_claim_index_random);
  g_test_add_func ("/claim-index/roles", test_claim_index_roles);
  g_test_add_func ("/claim-index/splice", test_claim_index_splice);

  return g_test_run ();
}
