from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ActivateModelRequest(_message.Message):
    __slots__ = ["id", "version"]
    ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    id: str
    version: str
    def __init__(self, id: _Optional[str] = ..., version: _Optional[str] = ...) -> None: ...

class ActivateModelResponse(_message.Message):
    __slots__ = ["active", "previous"]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_FIELD_NUMBER: _ClassVar[int]
    active: ModelSummary
    previous: ModelSummary
    def __init__(self, active: _Optional[_Union[ModelSummary, _Mapping]] = ..., previous: _Optional[_Union[ModelSummary, _Mapping]] = ...) -> None: ...

class GetModelRequest(_message.Message):
    __slots__ = ["id", "version"]
    ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    id: str
    version: str
    def __init__(self, id: _Optional[str] = ..., version: _Optional[str] = ...) -> None: ...

class GetModelResponse(_message.Message):
    __slots__ = ["features", "nomogram_cutoff", "radscore_cutoff", "radscore_intercept", "summary", "train_metrics", "training_description", "validation_metrics"]
    class TrainMetricsEntry(_message.Message):
        __slots__ = ["key", "value"]
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: SetMetrics
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[SetMetrics, _Mapping]] = ...) -> None: ...
    class ValidationMetricsEntry(_message.Message):
        __slots__ = ["key", "value"]
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: SetMetrics
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[SetMetrics, _Mapping]] = ...) -> None: ...
    FEATURES_FIELD_NUMBER: _ClassVar[int]
    NOMOGRAM_CUTOFF_FIELD_NUMBER: _ClassVar[int]
    RADSCORE_CUTOFF_FIELD_NUMBER: _ClassVar[int]
    RADSCORE_INTERCEPT_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    TRAINING_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TRAIN_METRICS_FIELD_NUMBER: _ClassVar[int]
    VALIDATION_METRICS_FIELD_NUMBER: _ClassVar[int]
    features: _containers.RepeatedCompositeFieldContainer[SelectedFeature]
    nomogram_cutoff: float
    radscore_cutoff: float
    radscore_intercept: float
    summary: ModelSummary
    train_metrics: _containers.MessageMap[str, SetMetrics]
    training_description: str
    validation_metrics: _containers.MessageMap[str, SetMetrics]
    def __init__(self, summary: _Optional[_Union[ModelSummary, _Mapping]] = ..., features: _Optional[_Iterable[_Union[SelectedFeature, _Mapping]]] = ..., radscore_intercept: _Optional[float] = ..., radscore_cutoff: _Optional[float] = ..., nomogram_cutoff: _Optional[float] = ..., train_metrics: _Optional[_Mapping[str, SetMetrics]] = ..., validation_metrics: _Optional[_Mapping[str, SetMetrics]] = ..., training_description: _Optional[str] = ...) -> None: ...

class ListModelsRequest(_message.Message):
    __slots__ = []
    def __init__(self) -> None: ...

class ListModelsResponse(_message.Message):
    __slots__ = ["models"]
    MODELS_FIELD_NUMBER: _ClassVar[int]
    models: _containers.RepeatedCompositeFieldContainer[ModelSummary]
    def __init__(self, models: _Optional[_Iterable[_Union[ModelSummary, _Mapping]]] = ...) -> None: ...

class ModelSummary(_message.Message):
    __slots__ = ["active", "created", "demonstration", "feature_count", "id", "intended_use", "phases", "sha256", "version"]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    DEMONSTRATION_FIELD_NUMBER: _ClassVar[int]
    FEATURE_COUNT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    INTENDED_USE_FIELD_NUMBER: _ClassVar[int]
    PHASES_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    active: bool
    created: str
    demonstration: bool
    feature_count: int
    id: str
    intended_use: str
    phases: _containers.RepeatedScalarFieldContainer[str]
    sha256: str
    version: str
    def __init__(self, id: _Optional[str] = ..., version: _Optional[str] = ..., created: _Optional[str] = ..., sha256: _Optional[str] = ..., intended_use: _Optional[str] = ..., demonstration: bool = ..., active: bool = ..., phases: _Optional[_Iterable[str]] = ..., feature_count: _Optional[int] = ...) -> None: ...

class RetrainModelRequest(_message.Message):
    __slots__ = ["manifest_path", "model_id", "model_version", "seed"]
    MANIFEST_PATH_FIELD_NUMBER: _ClassVar[int]
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    manifest_path: str
    model_id: str
    model_version: str
    seed: int
    def __init__(self, manifest_path: _Optional[str] = ..., model_id: _Optional[str] = ..., model_version: _Optional[str] = ..., seed: _Optional[int] = ...) -> None: ...

class RetrainModelResponse(_message.Message):
    __slots__ = ["fraction_done", "message", "result", "stage"]
    FRACTION_DONE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    fraction_done: float
    message: str
    result: ModelSummary
    stage: str
    def __init__(self, stage: _Optional[str] = ..., fraction_done: _Optional[float] = ..., message: _Optional[str] = ..., result: _Optional[_Union[ModelSummary, _Mapping]] = ...) -> None: ...

class SelectedFeature(_message.Message):
    __slots__ = ["coefficient", "mean", "name", "sd", "training_max", "training_min"]
    COEFFICIENT_FIELD_NUMBER: _ClassVar[int]
    MEAN_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SD_FIELD_NUMBER: _ClassVar[int]
    TRAINING_MAX_FIELD_NUMBER: _ClassVar[int]
    TRAINING_MIN_FIELD_NUMBER: _ClassVar[int]
    coefficient: float
    mean: float
    name: str
    sd: float
    training_max: float
    training_min: float
    def __init__(self, name: _Optional[str] = ..., coefficient: _Optional[float] = ..., mean: _Optional[float] = ..., sd: _Optional[float] = ..., training_min: _Optional[float] = ..., training_max: _Optional[float] = ...) -> None: ...

class SetMetrics(_message.Message):
    __slots__ = ["auc", "auc_ci_high", "auc_ci_low", "n", "sensitivity", "specificity"]
    AUC_CI_HIGH_FIELD_NUMBER: _ClassVar[int]
    AUC_CI_LOW_FIELD_NUMBER: _ClassVar[int]
    AUC_FIELD_NUMBER: _ClassVar[int]
    N_FIELD_NUMBER: _ClassVar[int]
    SENSITIVITY_FIELD_NUMBER: _ClassVar[int]
    SPECIFICITY_FIELD_NUMBER: _ClassVar[int]
    auc: float
    auc_ci_high: float
    auc_ci_low: float
    n: int
    sensitivity: float
    specificity: float
    def __init__(self, n: _Optional[int] = ..., auc: _Optional[float] = ..., auc_ci_low: _Optional[float] = ..., auc_ci_high: _Optional[float] = ..., sensitivity: _Optional[float] = ..., specificity: _Optional[float] = ...) -> None: ...
