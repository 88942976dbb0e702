namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>
/// The coded concepts of the radiomics score report. Standard DCM/SCT/UCUM codes where one means the
/// same thing; the score's own quantities have no standard code, so they use the private coding scheme
/// <see cref="PrivateScheme"/> (a "99" designator, PS3.16 8.2), declared in the document's
/// CodingSchemeIdentificationSequence.
/// </summary>
public static class SrCodes
{
    public const string PrivateScheme = "99SLICERBRIDGE";

    public static readonly DicomCode DocumentTitle = new("126000", "DCM", "Imaging Measurement Report");
    public static readonly DicomCode Language = new("121049", "DCM", "Language of Content Item and Descendants");
    public static readonly DicomCode English = new("en", "RFC5646", "English");
    public static readonly DicomCode ObserverType = new("121005", "DCM", "Observer Type");
    public static readonly DicomCode Device = new("121007", "DCM", "Device");
    public static readonly DicomCode DeviceObserverUid = new("121012", "DCM", "Device Observer UID");
    public static readonly DicomCode DeviceObserverName = new("121013", "DCM", "Device Observer Name");
    public static readonly DicomCode DeviceObserverManufacturer = new("121014", "DCM", "Device Observer Manufacturer");
    public static readonly DicomCode ImagingMeasurements = new("126010", "DCM", "Imaging Measurements");
    public static readonly DicomCode MeasurementGroup = new("125007", "DCM", "Measurement Group");
    public static readonly DicomCode TrackingIdentifier = new("112039", "DCM", "Tracking Identifier");
    public static readonly DicomCode TrackingUniqueIdentifier = new("112040", "DCM", "Tracking Unique Identifier");
    public static readonly DicomCode FindingSite = new("363698007", "SCT", "Finding Site");
    public static readonly DicomCode Liver = new("10200004", "SCT", "Liver");
    public static readonly DicomCode ReferencedSegment = new("121191", "DCM", "Referenced Segment");
    public static readonly DicomCode AlgorithmName = new("111001", "DCM", "Algorithm Name");
    public static readonly DicomCode AlgorithmVersion = new("111003", "DCM", "Algorithm Version");

    public static readonly DicomCode ArterialSeries = Private("ARTERIAL-SERIES", "Arterial phase source series");
    public static readonly DicomCode VenousSeries = Private("VENOUS-SERIES", "Portal venous phase source series");
    public static readonly DicomCode Radscore = Private("RADSCORE", "Radiomics score");
    public static readonly DicomCode NomogramLinearPredictor = Private("NOMOGRAM-LP", "Nomogram linear predictor");
    public static readonly DicomCode ProliferativeProbability = Private("P-PROLIF-HCC", "Probability of proliferative hepatocellular carcinoma");
    public static readonly DicomCode SerumAfp = Private("AFP", "Serum alpha-fetoprotein");
    public static readonly DicomCode RadscoreRiskGroup = Private("RADSCORE-RISK", "Radiomics score risk group");
    public static readonly DicomCode NomogramRiskGroup = Private("NOMOGRAM-RISK", "Nomogram risk group");
    public static readonly DicomCode HighRisk = Private("HIGH", "High risk");
    public static readonly DicomCode LowRisk = Private("LOW", "Low risk");
    public static readonly DicomCode UsageNotice = Private("NOTICE", "Usage notice");

    public static readonly DicomCode NoUnits = new("1", "UCUM", "no units");
    public static readonly DicomCode Percent = new("%", "UCUM", "percent");
    public static readonly DicomCode NanogramPerMillilitre = new("ng/mL", "UCUM", "nanogram per milliliter");

    public static DicomCode Of(ScoreRiskGroup group) => group == ScoreRiskGroup.High ? HighRisk : LowRisk;

    private static DicomCode Private(string value, string meaning) => new(value, PrivateScheme, meaning);
}
