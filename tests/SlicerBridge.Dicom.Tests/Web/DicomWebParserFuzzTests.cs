using System.Text;
using SlicerBridge.Dicom.Web;
using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.Tests.Web;

/// <summary>
/// Seeded mutation fuzzing of what a server sends back: DICOM JSON may only raise
/// <see cref="InvalidInputException"/>, multipart bodies only <see cref="DicomWebException"/>.
/// </summary>
public sealed class DicomWebParserFuzzTests
{
    private const string Json = """
        [{"00080005":{"vr":"CS","Value":["ISO_IR 100"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"A^B"}]},
          "00200032":{"vr":"DS","Value":[-50.8,1e2,3]},"00200013":{"vr":"IS","Value":[7]},"00280010":{"vr":"US","Value":[128]},
          "00209165":{"vr":"AT","Value":["0062000B"]},"00020001":{"vr":"OB","InlineBinary":"AAE="},
          "52009230":{"vr":"SQ","Value":[{"00209113":{"vr":"SQ","Value":[{"00200032":{"vr":"FD","Value":[1,2.5,-3]}}]}}]},
          "7FE00010":{"vr":"OW","BulkDataURI":"http://h/bulk"}}]
        """;

    private static readonly string[] Replacements = ["", "\"", "{", "}", "[", "]", ",", ":", "null", "1e400", "-1", "\"SQ\"", "\"XX\"", "{\"Alphabetic\":1}", "true", "\"\\u0000\""];

    [Fact]
    public void MutatedDicomJsonOnlyRaisesInvalidInput()
    {
        var random = new Random(4242);
        var accepted = 0;
        for (var n = 0; n < 1000; n++)
        {
            var text = Json;
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(text.Length);
                var length = random.Next(0, Math.Min(6, text.Length - at));
                text = text[..at] + Replacements[random.Next(Replacements.Length)] + text[(at + length)..];
            }

            try
            {
                foreach (var dataset in DicomJsonReader.ReadArray(Encoding.UTF8.GetBytes(text)))
                {
                    _ = dataset.GetString(DicomTag.PatientName);
                }

                accepted++;
            }
            catch (InvalidInputException)
            {
            }
            catch (Exception e)
            {
                Assert.Fail($"mutant {n} threw {e.GetType().Name}: {e.Message}\n{text}");
            }
        }

        Assert.InRange(accepted, 1, 999);
    }

    [Fact]
    public void MutatedMultipartBodiesOnlyRaiseDicomWebException()
    {
        var (body, contentType) = MultipartRelated.Build([new byte[] { 1, 2, 3, 4 }, new byte[100], Encoding.ASCII.GetBytes("\r\n--x")]);
        var random = new Random(777);
        var accepted = 0;
        for (var n = 0; n < 1000; n++)
        {
            var mutant = (byte[])body.Clone();
            if (random.Next(3) == 0)
            {
                mutant = mutant[..random.Next(mutant.Length)];
            }
            else
            {
                for (var flips = random.Next(1, 6); flips > 0; flips--)
                {
                    mutant[random.Next(mutant.Length)] = (byte)"\r\n-:0123456789 Content-Length"[random.Next(29)];
                }
            }

            try
            {
                MultipartRelated.Parse(contentType, mutant);
                accepted++;
            }
            catch (DicomWebException)
            {
            }
            catch (Exception e)
            {
                Assert.Fail($"mutant {n} threw {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.InRange(accepted, 1, 999);
    }
}
