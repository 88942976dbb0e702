using System.Text.Json;
using SlicerBridge.Imaging.IO;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// <c>truth.json</c>: how the cohort was made (generator version, seed, sizes, model constants) and each
/// patient's drawn ground truth (class, phenotype, protocol), so any analysis can be checked against it.
/// </summary>
internal static class TruthFile
{
    private static readonly string Version = typeof(TruthFile).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static void Write(string path, SyntheticCohortOptions options, IReadOnlyList<SyntheticCase> cases) =>
        AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteString("generator", "SlicerBridge.Modeling.Synthetic");
            json.WriteString("generatorVersion", Version);
            json.WriteString("note", "Synthetic data, not patient data. Every value below was drawn by the generator.");
            json.WriteNumber("seed", options.Seed);
            json.WriteNumber("train", options.Train);
            json.WriteNumber("validation", options.Validation);
            json.WriteStartArray("outcomeCohorts");
            foreach (var n in options.OutcomeCohorts)
            {
                json.WriteNumberValue(n);
            }

            json.WriteEndArray();
            json.WriteNumber("repeatReads", options.RepeatReads);
            json.WriteNumber("proliferativePrevalence", options.ProliferativePrevalence);

            json.WriteStartObject("model");
            json.WriteNumber("phenotypeSignal", TumourPhenotype.Signal);
            json.WriteNumber("afpCutoffNgMl", ClinicalModel.AfpCutoff);
            json.WriteNumber("afpLogSd", ClinicalModel.AfpLogSd);
            json.WriteNumber("afpAboveCutoffProliferative", ClinicalModel.AfpAboveCutoffProliferative);
            json.WriteNumber("afpAboveCutoffNonProliferative", ClinicalModel.AfpAboveCutoffNonProliferative);
            json.WriteNumber("pfsWeibullShape", TaceOutcome.WeibullShape);
            json.WriteNumber("pfsMedianNonProliferativeMonths", TaceOutcome.MedianPfsNonProliferativeMonths);
            json.WriteNumber("pfsHazardRatioProliferative", TaceOutcome.ProliferativeHazardRatio);
            json.WriteNumber("followUpMinMonths", TaceOutcome.FollowUpMinMonths);
            json.WriteNumber("followUpMaxMonths", TaceOutcome.FollowUpMaxMonths);
            json.WriteNumber("responseRateNonProliferative", TaceOutcome.ResponseRateNonProliferative);
            json.WriteNumber("responseRateProliferative", TaceOutcome.ResponseRateProliferative);
            json.WriteEndObject();

            json.WriteStartArray("patients");
            foreach (var c in cases)
            {
                WritePatient(json, c);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    /// <summary>One patient's truth on its own (<c>patient.json</c> of a single generated patient).</summary>
    public static void WriteSingle(string path, SyntheticPatientSpec spec) =>
        AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            WritePatient(json, spec, cohort: null);
        });

    private static void WritePatient(Utf8JsonWriter json, SyntheticCase c) => WritePatient(json, c.Spec, c.Cohort);

    private static void WritePatient(Utf8JsonWriter json, SyntheticPatientSpec s, string? cohort)
    {
        var p = s.Phenotype;
        var scan = s.Protocol;
        json.WriteStartObject();
        json.WriteString("id", s.Id);
        if (cohort is not null)
        {
            json.WriteString("cohort", cohort);
        }
        else
        {
            json.WriteString("note", "Synthetic data, not patient data.");
            json.WriteString("generatorVersion", Version);
        }

        json.WriteNumber("seed", s.Seed);
        json.WriteBoolean("proliferative", s.Proliferative);
        json.WriteNumber("afpNgMl", s.AfpNgMl);
        json.WriteNumber("diameterMm", p.DiameterMm);
        json.WriteNumber("irregularity", p.Irregularity);
        json.WriteNumber("rimStrength", p.RimStrength);
        json.WriteNumber("necrosisRadius", p.NecrosisRadius);
        json.WriteNumber("arterialHeterogeneityHu", p.ArterialHeterogeneityHu);
        json.WriteNumber("arterialEnhancementHu", p.ArterialEnhancementHu);
        json.WriteNumber("washoutHu", p.WashoutHu);
        json.WriteBoolean("capsule", p.Capsule);
        json.WriteNumber("pixelSpacingMm", scan.PixelSpacingMm);
        json.WriteNumber("sliceThicknessMm", scan.SliceThicknessMm);
        json.WriteNumber("noiseSdHu", scan.NoiseSdHu);
        json.WriteEndObject();
    }
}
