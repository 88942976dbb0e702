// Writes ITK reference outputs for SlicerBridge's C# filters (see ../README.md).
//
//   itk_filter_refs log <in.nrrd> <out.nrrd> <sigma-mm>
//       LaplacianRecursiveGaussianImageFilter, NormalizeAcrossScale on, float output: what
//       SimpleITK's sitk.LaplacianRecursiveGaussianImageFilter (output_pixel_type "float") runs.
//   itk_filter_refs resample <in.nrrd> <grid.nrrd> <out.nrrd> <nearest|linear|bspline>
//                   <sx> <sy> <sz> <nx> <ny> <nz> <cix> <ciy> <ciz>
//       ResampleImageFilter with an identity transform, default value 0, output pixel type = input
//       pixel type, output direction = grid image's direction, output origin =
//       grid->TransformContinuousIndexToPhysicalPoint(ci): what PyRadiomics' resampleImage asks
//       SimpleITK for (the grid image is the mask).
//   itk_filter_refs matrix <in.nrrd>
//       Prints the image's spacing, direction rows and PhysicalPointToIndex rows (%.17g), for the C#
//       check of ITK's SVD-based inverse.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "itkBSplineInterpolateImageFunction.h"
#include "itkIdentityTransform.h"
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkImageIOBase.h"
#include "itkImageIOFactory.h"
#include "itkLaplacianRecursiveGaussianImageFilter.h"
#include "itkLinearInterpolateImageFunction.h"
#include "itkNearestNeighborInterpolateImageFunction.h"
#include "itkResampleImageFilter.h"

namespace
{
constexpr unsigned int Dim = 3;

template <typename TImage>
typename TImage::Pointer
Read(const std::string & path)
{
  auto reader = itk::ImageFileReader<TImage>::New();
  reader->SetFileName(path);
  reader->Update();
  return reader->GetOutput();
}

template <typename TImage>
void
Write(const TImage * image, const std::string & path)
{
  auto writer = itk::ImageFileWriter<TImage>::New();
  writer->SetFileName(path);
  writer->SetInput(image);
  writer->SetUseCompression(true);
  writer->Update();
}

template <typename TPixel>
int
RunLog(int argc, char ** argv)
{
  if (argc != 5)
  {
    return 2;
  }
  using InputImage = itk::Image<TPixel, Dim>;
  using OutputImage = itk::Image<float, Dim>;
  auto input = Read<InputImage>(argv[2]);
  auto filter = itk::LaplacianRecursiveGaussianImageFilter<InputImage, OutputImage>::New();
  filter->SetInput(input);
  filter->SetNormalizeAcrossScale(true);
  filter->SetSigma(std::strtod(argv[4], nullptr));
  filter->Update();
  Write<OutputImage>(filter->GetOutput(), argv[3]);
  return 0;
}

template <typename TPixel>
int
RunResample(int argc, char ** argv)
{
  if (argc != 15)
  {
    return 2;
  }
  using Image = itk::Image<TPixel, Dim>;
  using GridImage = itk::Image<float, Dim>; // only its geometry is used
  auto input = Read<Image>(argv[2]);
  auto grid = Read<GridImage>(argv[3]);
  const std::string method = argv[5];

  typename Image::SpacingType spacing;
  typename Image::SizeType size;
  itk::ContinuousIndex<double, Dim> originIndex;
  for (unsigned int i = 0; i < Dim; ++i)
  {
    spacing[i] = std::strtod(argv[6 + i], nullptr);
    size[i] = std::strtoul(argv[9 + i], nullptr, 10);
    originIndex[i] = std::strtod(argv[12 + i], nullptr);
  }
  typename Image::PointType origin;
  grid->TransformContinuousIndexToPhysicalPoint(originIndex, origin);

  using Filter = itk::ResampleImageFilter<Image, Image, double>;
  auto filter = Filter::New();
  filter->SetInput(input);
  filter->SetTransform(itk::IdentityTransform<double, Dim>::New());
  if (method == "nearest")
  {
    filter->SetInterpolator(itk::NearestNeighborInterpolateImageFunction<Image, double>::New());
  }
  else if (method == "linear")
  {
    filter->SetInterpolator(itk::LinearInterpolateImageFunction<Image, double>::New());
  }
  else if (method == "bspline")
  {
    filter->SetInterpolator(itk::BSplineInterpolateImageFunction<Image, double>::New());
  }
  else
  {
    return 2;
  }
  filter->SetOutputSpacing(spacing);
  filter->SetSize(size);
  filter->SetOutputOrigin(origin);
  filter->SetOutputDirection(grid->GetDirection());
  filter->SetDefaultPixelValue(0);
  filter->Update();
  Write<Image>(filter->GetOutput(), argv[4]);
  std::printf("origin %.17g %.17g %.17g\n", origin[0], origin[1], origin[2]);
  return 0;
}

int
RunMatrix(int argc, char ** argv)
{
  if (argc != 3)
  {
    return 2;
  }
  using FloatImage = itk::Image<float, Dim>;
  // The matrix is protected; a derived accessor reads it without changing ITK.
  struct Peek : FloatImage
  {
    static const DirectionType &
    Matrix(const FloatImage * image)
    {
      return static_cast<const Peek *>(image)->m_PhysicalPointToIndex;
    }
  };
  auto image = Read<FloatImage>(argv[2]);
  const auto & m = Peek::Matrix(image);
  const auto & d = image->GetDirection();
  const auto & s = image->GetSpacing();
  std::printf("%.17g %.17g %.17g\n", s[0], s[1], s[2]);
  for (unsigned int r = 0; r < Dim; ++r)
  {
    std::printf("%.17g %.17g %.17g\n", d(r, 0), d(r, 1), d(r, 2));
  }
  for (unsigned int r = 0; r < Dim; ++r)
  {
    std::printf("%.17g %.17g %.17g\n", m(r, 0), m(r, 1), m(r, 2));
  }
  return 0;
}

template <typename TPixel>
int
Dispatch(const std::string & command, int argc, char ** argv)
{
  if (command == "log")
  {
    return RunLog<TPixel>(argc, argv);
  }
  if (command == "resample")
  {
    return RunResample<TPixel>(argc, argv);
  }
  return 2;
}
} // namespace

int
main(int argc, char ** argv)
{
  if (argc < 3)
  {
    std::fprintf(stderr, "usage: see the comment at the top of itk_filter_refs.cxx\n");
    return 2;
  }
  const std::string command = argv[1];
  if (command == "matrix")
  {
    return RunMatrix(argc, argv);
  }
  auto io = itk::ImageIOFactory::CreateImageIO(argv[2], itk::CommonEnums::IOFileMode::ReadMode);
  io->SetFileName(argv[2]);
  io->ReadImageInformation();
  int rc = 2;
  switch (io->GetComponentType())
  {
    case itk::IOComponentEnum::UCHAR:
      rc = Dispatch<unsigned char>(command, argc, argv);
      break;
    case itk::IOComponentEnum::SHORT:
      rc = Dispatch<short>(command, argc, argv);
      break;
    case itk::IOComponentEnum::INT:
      rc = Dispatch<int>(command, argc, argv);
      break;
    case itk::IOComponentEnum::FLOAT:
      rc = Dispatch<float>(command, argc, argv);
      break;
    case itk::IOComponentEnum::DOUBLE:
      rc = Dispatch<double>(command, argc, argv);
      break;
    default:
      std::fprintf(stderr, "unsupported pixel type\n");
  }
  if (rc == 2)
  {
    std::fprintf(stderr, "bad arguments\n");
  }
  return rc;
}
