using System.Globalization;
using SlicerBridge.Imaging.IO;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// Writes <c>cohort.csv</c> (training and validation) and <c>outcomes.csv</c> (TACE cohorts); columns are
/// documented in the folder's README. Paths are relative to the CSV; numbers are culture-invariant.
/// </summary>
public static class CohortManifest
{
    public static IReadOnlyList<string> CohortColumns { get; } =
    [
        "id", "split", "arterial_image", "arterial_mask", "venous_image", "venous_mask",
        "arterial_mask_reader2", "venous_mask_reader2", "arterial_mask_repeat", "venous_mask_repeat",
        "proliferative", "afp_ng_ml", "fold",
    ];

    public static IReadOnlyList<string> OutcomeColumns { get; } =
    [
        "id", "cohort", "arterial_image", "arterial_mask", "venous_image", "venous_mask",
        "afp_ng_ml", "proliferative", "pfs_months", "pfs_event", "response", "age", "sex_male", "tumour_size_cm",
    ];

    public static void WriteCohort(string path, IEnumerable<SyntheticCase> cases) =>
        Write(path, CohortColumns, cases.Where(c => c.Outcome is null).Select(c => new[]
        {
            c.Id, c.Cohort,
            File(c, CaseFiles.Image(SyntheticPhase.Arterial)), File(c, CaseFiles.Mask(SyntheticPhase.Arterial, MaskRead.ReaderA)),
            File(c, CaseFiles.Image(SyntheticPhase.Venous)), File(c, CaseFiles.Mask(SyntheticPhase.Venous, MaskRead.ReaderA)),
            c.HasReaderB ? File(c, CaseFiles.Mask(SyntheticPhase.Arterial, MaskRead.ReaderB)) : "",
            c.HasReaderB ? File(c, CaseFiles.Mask(SyntheticPhase.Venous, MaskRead.ReaderB)) : "",
            c.HasRepeat ? File(c, CaseFiles.Mask(SyntheticPhase.Arterial, MaskRead.ReaderARepeat)) : "",
            c.HasRepeat ? File(c, CaseFiles.Mask(SyntheticPhase.Venous, MaskRead.ReaderARepeat)) : "",
            Flag(c.Spec.Proliferative), Number(c.Spec.AfpNgMl),
            c.Fold?.ToString(CultureInfo.InvariantCulture) ?? "",
        }));

    public static void WriteOutcomes(string path, IEnumerable<SyntheticCase> cases) =>
        Write(path, OutcomeColumns, cases.Where(c => c.Outcome is not null).Select(c => new[]
        {
            c.Id, c.Cohort,
            File(c, CaseFiles.Image(SyntheticPhase.Arterial)), File(c, CaseFiles.Mask(SyntheticPhase.Arterial, MaskRead.ReaderA)),
            File(c, CaseFiles.Image(SyntheticPhase.Venous)), File(c, CaseFiles.Mask(SyntheticPhase.Venous, MaskRead.ReaderA)),
            Number(c.Spec.AfpNgMl), Flag(c.Spec.Proliferative),
            Number(c.Outcome!.PfsMonths), Flag(c.Outcome.PfsEvent), Flag(c.Outcome.Response),
            c.Spec.AgeYears.ToString(CultureInfo.InvariantCulture), Flag(c.Spec.SexMale),
            Number(Math.Round(c.Spec.Phenotype.DiameterMm / 10, 1)),
        }));

    private static void Write(string path, IReadOnlyList<string> columns, IEnumerable<string[]> rows) =>
        AtomicFile.WriteText(path, writer =>
        {
            // Every field is generated (ids, relative paths, numbers): none needs CSV quoting.
            writer.WriteLine(string.Join(',', columns));
            foreach (var row in rows)
            {
                writer.WriteLine(string.Join(',', row));
            }
        });

    private static string File(SyntheticCase c, string name) => c.Folder + "/" + name;

    private static string Flag(bool value) => value ? "1" : "0";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
