"""SlicerBridge: score a liver tumour on arterial and portal-venous CT with a SlicerBridge server.

The module is a thin client. It crops each phase to the tumour plus a margin, converts Slicer's RAS
geometry to the server's LPS, sends both phases and the AFP value over gRPC, and shows the answer.
Everything that does not need Slicer lives in SlicerBridgeLib and is tested with plain pytest.
"""

import numpy as np
import qt
import slicer
import vtk
from slicer.ScriptedLoadableModule import (
    ScriptedLoadableModule,
    ScriptedLoadableModuleLogic,
    ScriptedLoadableModuleTest,
    ScriptedLoadableModuleWidget,
)
from slicer.util import VTKObservationMixin

from SlicerBridgeLib.geometry import Geometry, crop_to_voi

SETTINGS_URL = "SlicerBridge/ServerUrl"
SETTINGS_TOKEN = "SlicerBridge/Token"
DEFAULT_URL = "http://127.0.0.1:50051"
# Voxels kept around the tumour box: enough for PyRadiomics' padding and the LoG/wavelet filters.
VOI_MARGIN = 5
# Lower bounds match the Debian packages the tests run with; protobuf below 6 accepts the committed stubs.
REQUIREMENTS = ["grpcio>=1.51", "protobuf>=4.21,<6"]


class SlicerBridge(ScriptedLoadableModule):
    def __init__(self, parent):
        ScriptedLoadableModule.__init__(self, parent)
        self.parent.title = "SlicerBridge"
        self.parent.categories = ["Quantification"]
        self.parent.dependencies = []
        self.parent.contributors = ["SlicerBridge project"]
        self.parent.helpText = (
            "Scores hepatocellular carcinoma (probability of the proliferative subtype, radiomics score, risk group) "
            "from the tumour drawn on the arterial and portal-venous CT and the serum AFP. The computation runs on a "
            "SlicerBridge server; set its address and your access token in the Server section."
        )
        self.parent.acknowledgementText = (
            "Method after He et al., Sci Rep 2025. Features follow PyRadiomics. The shipped model is a demonstration "
            "model trained on synthetic data and is not for clinical use."
        )


class SlicerBridgeWidget(ScriptedLoadableModuleWidget, VTKObservationMixin):
    def __init__(self, parent=None):
        ScriptedLoadableModuleWidget.__init__(self, parent)
        VTKObservationMixin.__init__(self)
        self.logic = None

    def setup(self):
        ScriptedLoadableModuleWidget.setup(self)
        uiWidget = slicer.util.loadUI(self.resourcePath("UI/SlicerBridge.ui"))
        self.layout.addWidget(uiWidget)
        self.ui = slicer.util.childWidgetVariables(uiWidget)
        uiWidget.setMRMLScene(slicer.mrmlScene)
        self.logic = SlicerBridgeLogic()

        settings = qt.QSettings()
        self.ui.serverUrlEdit.text = settings.value(SETTINGS_URL, DEFAULT_URL)
        self.ui.tokenEdit.text = settings.value(SETTINGS_TOKEN, "")
        self.ui.serverUrlEdit.editingFinished.connect(lambda: qt.QSettings().setValue(SETTINGS_URL, self.ui.serverUrlEdit.text.strip()))
        self.ui.tokenEdit.editingFinished.connect(lambda: qt.QSettings().setValue(SETTINGS_TOKEN, self.ui.tokenEdit.text.strip()))

        for selector in (self.ui.arterialVolumeSelector, self.ui.venousVolumeSelector):
            selector.currentNodeChanged.connect(self.updateButton)
        for selector in (self.ui.arterialSegmentSelector, self.ui.venousSegmentSelector):
            selector.currentNodeChanged.connect(self.updateButton)
            selector.currentSegmentChanged.connect(self.updateButton)
        self.ui.scoreButton.clicked.connect(self.onScore)
        self.addObserver(slicer.mrmlScene, slicer.mrmlScene.EndCloseEvent, lambda *_: self.showResult(""))
        self.updateButton()

    def cleanup(self):
        self.removeObservers()

    def updateButton(self, *_):
        ready = all([
            self.ui.arterialVolumeSelector.currentNode(), self.ui.venousVolumeSelector.currentNode(),
            self.ui.arterialSegmentSelector.currentSegmentID(), self.ui.venousSegmentSelector.currentSegmentID(),
        ])
        self.ui.scoreButton.enabled = bool(ready)
        self.ui.scoreButton.toolTip = "" if ready else "Choose both phases and the tumour segment on each."

    def showResult(self, text, error=""):
        self.ui.resultLabel.text = text
        self.ui.errorLabel.text = error

    def progress(self, value, text):
        self.ui.progressBar.visible = value is not None
        if value is not None:
            self.ui.progressBar.value = value
            self.ui.progressBar.format = text
        slicer.app.processEvents()

    def onScore(self):
        self.showResult("")
        if not ensureDependencies():
            self.showResult("", "Scoring needs the Python packages grpcio and protobuf; they were not installed.")
            return
        try:
            with slicer.util.tryWithErrorDisplay("Scoring failed.", waitCursor=True):
                self.progress(10, "Preparing the arterial phase...")
                arterial = self.logic.phase(self.ui.arterialVolumeSelector.currentNode(),
                                            self.ui.arterialSegmentSelector.currentNode(), self.ui.arterialSegmentSelector.currentSegmentID())
                self.progress(30, "Preparing the portal-venous phase...")
                venous = self.logic.phase(self.ui.venousVolumeSelector.currentNode(),
                                          self.ui.venousSegmentSelector.currentNode(), self.ui.venousSegmentSelector.currentSegmentID())
                self.progress(50, "Scoring on the server...")
                response = self.logic.score(self.ui.serverUrlEdit.text.strip() or DEFAULT_URL, self.ui.tokenEdit.text.strip(),
                                            arterial, venous, self.ui.afpSpinBox.value)
                self.progress(100, "Done")
                from SlicerBridgeLib.report import result_html
                self.showResult(result_html(response))
        except Exception as error:  # shown in plain words; the traceback is in the error dialog's details
            self.showResult("", str(error))
        finally:
            self.progress(None, "")


def ensureDependencies():
    """Imports grpcio/protobuf, installing them after the user agrees (never at module load)."""
    try:
        import google.protobuf  # noqa: F401
        import grpc  # noqa: F401
        return True
    except ImportError:
        pass
    if not slicer.util.confirmOkCancelDisplay(
            "SlicerBridge talks to its server with gRPC and needs the Python packages grpcio and protobuf "
            "(about 10 MB, from the Python Package Index). Install them now?", windowTitle="SlicerBridge"):
        return False
    slicer.util.pip_install(" ".join(REQUIREMENTS))  # no spaces inside a requirement: safe for pip_install's splitting
    try:
        import google.protobuf  # noqa: F401
        import grpc  # noqa: F401
        return True
    except ImportError:
        return False


class SlicerBridgeLogic(ScriptedLoadableModuleLogic):
    """Turns scene nodes into the server's inputs and calls it. Usable without the GUI."""

    def phase(self, volumeNode, segmentationNode, segmentId, margin=VOI_MARGIN):
        """The phase as the server wants it: the volume and segment cropped to the tumour box plus margin, in LPS."""
        from SlicerBridgeLib.client import PhaseData

        if volumeNode is None or segmentationNode is None or not segmentId:
            raise ValueError("Choose the volume and the tumour segment of each phase.")
        if volumeNode.GetParentTransformNode() is not None:
            raise ValueError(f"'{volumeNode.GetName()}' is under a transform; harden the transform before scoring.")
        image = np.array(slicer.util.arrayFromVolume(volumeNode))  # K, J, I; a copy, not VTK's memory
        # The segment resampled onto this volume's grid, so image and mask share one geometry.
        mask = slicer.util.arrayFromSegmentBinaryLabelmap(segmentationNode, segmentId, volumeNode)
        ijkToRas = vtk.vtkMatrix4x4()
        volumeNode.GetIJKToRASMatrix(ijkToRas)
        geometry = Geometry.from_ijk_to_ras(slicer.util.arrayFromVTKMatrix(ijkToRas))
        name = segmentationNode.GetSegmentation().GetSegment(segmentId).GetName()
        try:
            image, mask, geometry = crop_to_voi(image, (mask > 0).astype(np.uint8), geometry, margin)
        except ValueError:
            raise ValueError(f"The segment '{name}' is empty on '{volumeNode.GetName()}'.") from None
        return PhaseData(image, mask, geometry)

    def score(self, url, token, arterial, venous, afpNgMl):
        """The ScoreTumourResponse; raises SlicerBridgeLib.client.ServerError with plain words on failure."""
        from SlicerBridgeLib.client import SlicerBridgeClient

        with SlicerBridgeClient(url, token) as client:
            return client.score({"arterial": arterial, "venous": venous}, afp_ng_ml=afpNgMl)


class SlicerBridgeTest(ScriptedLoadableModuleTest):
    """Runs in Slicer (Reload and Test, or CTest). Needs no server: it checks what would be sent."""

    def setUp(self):
        slicer.mrmlScene.Clear()

    def runTest(self):
        self.setUp()
        self.test_phase_is_cropped_and_converted_to_lps()

    def test_phase_is_cropped_and_converted_to_lps(self):
        image = (np.arange(20 * 30 * 40) % 300).astype(np.int16).reshape(20, 30, 40)
        labels = np.zeros(image.shape, np.uint8)
        labels[8:12, 10:15, 20:30] = 1
        ijkToRas = np.array([[0.8, 0, 0, 10.0], [0, 0.8, 0, -20.0], [0, 0, 2.5, 30.0], [0, 0, 0, 1]])
        volume = slicer.util.addVolumeFromArray(image, ijkToRAS=ijkToRas, name="arterial")
        labelmap = slicer.util.addVolumeFromArray(labels, ijkToRAS=ijkToRas, name="tumour", nodeClassName="vtkMRMLLabelMapVolumeNode")
        segmentation = slicer.mrmlScene.AddNewNodeByClass("vtkMRMLSegmentationNode")
        slicer.modules.segmentations.logic().ImportLabelmapToSegmentationNode(labelmap, segmentation)
        segmentId = segmentation.GetSegmentation().GetNthSegmentID(0)

        phase = SlicerBridgeLogic().phase(volume, segmentation, segmentId, margin=2)

        self.assertEqual(phase.image.shape, (4 + 4, 5 + 4, 10 + 4))
        self.assertEqual(int(phase.mask.sum()), int(labels.sum()))
        # First kept voxel is (i, j, k) = (18, 8, 6); RAS (10 + 18*0.8, -20 + 8*0.8, 30 + 6*2.5) becomes LPS by negating x and y.
        np.testing.assert_allclose(phase.geometry.origin, [-(10 + 18 * 0.8), -(-20 + 8 * 0.8), 30 + 6 * 2.5], atol=1e-9)
        np.testing.assert_allclose(phase.geometry.direction, np.diag([-1.0, -1.0, 1.0]), atol=1e-12)
        self.delayDisplay("Phase cropped and converted to LPS")
