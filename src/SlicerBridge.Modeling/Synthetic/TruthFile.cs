using System.Text.Json;
using SlicerBridge.Imaging.IO;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// <c>truth.json</c>: how the cohort was made (generator version, seed, sizes, model constants) and each
/// patient's drawn ground truth (class, phenotype, protocol), so any analysis can be checked against it.
/// </summary>
internal static class TruthFile
{
    public static void Write(string path, SyntheticCohortOptions options, IReadOnlyList<SyntheticCase> cases) =>
        AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteString("generator", "SlicerBridge.Modeling.Synthetic");
            json.WriteString("generatorVersion", typeof(TruthFile).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
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

    private static void WritePatient(Utf8JsonWriter json, SyntheticCase c)
    {
        var s = c.Spec;
        var p = s.Phenotype;
        var scan = s.Protocol;
        json.WriteStartObject();
        json.WriteString("id", s.Id);
        json.WriteString("cohort", c.Cohort);
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
