"""Writes src/python/upstream/names.json: the public names of the libraries Tandem stands in for.

When a learner's code asks for a name Tandem lacks, the error can then say whether the real library has it
("PyTorch has torch.stft; Tandem does not support it yet") or whether it is a plain typo (CPython's message,
unchanged). Run with Debian's CPython and its python3-torch / python3-numpy / python3-matplotlib /
python3-sklearn:

    /usr/bin/python3 scripts/upstream-names.py

PyTorch, NumPy, Matplotlib, scikit-learn and the standard library are read from the installed packages.
Keras and TensorFlow cannot be installed here, so their names below are written by hand: the Keras 3 lists
are the public API of keras.io's "Keras 3 API documentation" as exported by keras-team/keras in
keras/api/<module>/__init__.py (layers, optimizers, losses, metrics, callbacks, activations, datasets,
applications, preprocessing, models, utils, backend); the TensorFlow lists are the functions and classes of
tensorflow.org's tf, tf.math, tf.nn, tf.random and tf.Tensor API pages that learners' programs use.
"""

import importlib
import json
import pkgutil
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot  # noqa: E402
import numpy  # noqa: E402
import sklearn  # noqa: E402
import sklearn.datasets  # noqa: E402
import torch  # noqa: E402
import torch.utils.data  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "python" / "upstream" / "names.json"


def public(names):
    return sorted({n for n in names if not n.startswith("_")})


def module_names(dotted):
    module = importlib.import_module(dotted)
    # A standard-library module's __all__ is its API; dir() would add what it imported for itself
    # (functools.RLock). The libraries' __all__ lists are partial (torch.__all__ lacks torch.stft), so dir().
    if dotted in STDLIB_PROVIDED and hasattr(module, "__all__"):
        return public(module.__all__)
    return public(dir(module))


# --- read from the installed libraries -------------------------------------------------------------------

# The standard-library modules Tandem provides, so that e.g. random.choices is told apart from a typo.
STDLIB_PROVIDED = ["math", "random", "itertools", "functools", "collections", "operator", "time", "sys"]

INSTALLED_MODULES = [
    "torch", "torch.nn", "torch.nn.functional", "torch.nn.init", "torch.optim", "torch.optim.lr_scheduler",
    "torch.autograd", "torch.cuda", "torch.linalg", "torch.utils.data",
    "numpy", "numpy.random", "numpy.linalg",
    "matplotlib.pyplot",
    "sklearn.datasets",
    *STDLIB_PROVIDED,
]


def instance_names(obj):
    return public(dir(obj))


def installed_classes():
    weight = torch.zeros(1, requires_grad=True)
    return {
        "torch.Tensor": instance_names(torch.Tensor),
        "torch.nn.Module": instance_names(torch.nn.Module()),
        "torch.optim.Optimizer": instance_names(torch.optim.SGD([weight], lr=0.1)),
        "numpy.ndarray": instance_names(numpy.ndarray),
    }


def submodules(package):
    mod = importlib.import_module(package)
    return [
        f"{package}.{m.name}"
        for m in pkgutil.iter_modules(mod.__path__)
        if not m.name.startswith("_") and m.name not in PACKAGING
    ]


# Files of a package's own build and test suite, not modules a program imports.
PACKAGING = {"conftest", "setup", "tests"}


# The packages whose importable submodules learners meet (torch.fft, torch.utils.tensorboard, numpy.fft, ...).
SUBMODULE_PACKAGES = [
    "torch", "torch.nn", "torch.nn.utils", "torch.utils", "torch.optim", "torch.autograd", "torch.distributions",
    "numpy", "matplotlib", "sklearn",
]

# --- Keras 3 (keras.io API documentation; keras-team/keras keras/api/*/__init__.py) ------------------------

KERAS = {
    "keras": """Function Initializer Input InputSpec KerasTensor Layer Loss Metric Model Operation Optimizer
        Quantizer Regularizer Sequential StatelessScope SymbolicScope Variable DTypePolicy FloatDTypePolicy
        activations applications backend callbacks config constraints datasets device distribution
        dtype_policies export initializers layers legacy losses metrics mixed_precision models name_scope ops
        optimizers preprocessing quantizers random regularizers saving tree utils version visualization
        wrappers""",
    "keras.layers": """Activation ActivityRegularization Add AdditiveAttention AlphaDropout Attention Average
        AveragePooling1D AveragePooling2D AveragePooling3D AvgPool1D AvgPool2D AvgPool3D BatchNormalization
        Bidirectional CategoryEncoding CenterCrop Concatenate Conv1D Conv1DTranspose Conv2D Conv2DTranspose
        Conv3D Conv3DTranspose ConvLSTM1D ConvLSTM2D ConvLSTM3D Convolution1D Convolution1DTranspose
        Convolution2D Convolution2DTranspose Convolution3D Convolution3DTranspose Cropping1D Cropping2D
        Cropping3D Dense DepthwiseConv1D DepthwiseConv2D Discretization Dot Dropout ELU EinsumDense Embedding
        FlaxLayer Flatten GRU GRUCell GaussianDropout GaussianNoise GlobalAveragePooling1D GlobalAveragePooling2D
        GlobalAveragePooling3D GlobalAvgPool1D GlobalAvgPool2D GlobalAvgPool3D GlobalMaxPool1D GlobalMaxPool2D
        GlobalMaxPool3D GlobalMaxPooling1D GlobalMaxPooling2D GlobalMaxPooling3D GroupNormalization
        GroupQueryAttention HashedCrossing Hashing Identity Input InputLayer InputSpec IntegerLookup JaxLayer
        LSTM LSTMCell Lambda Layer LayerNormalization LeakyReLU Masking MaxPool1D MaxPool2D MaxPool3D
        MaxPooling1D MaxPooling2D MaxPooling3D Maximum MelSpectrogram Minimum MultiHeadAttention Multiply
        Normalization PReLU Permute RNN RandomBrightness RandomContrast RandomCrop RandomFlip RandomRotation
        RandomTranslation RandomZoom ReLU RepeatVector Rescaling Reshape Resizing SeparableConv1D
        SeparableConv2D SeparableConvolution1D SeparableConvolution2D SimpleRNN SimpleRNNCell Softmax
        SpatialDropout1D SpatialDropout2D SpatialDropout3D SpectralNormalization StackedRNNCells StringLookup
        Subtract TFSMLayer TextVectorization TimeDistributed TorchModuleWrapper UnitNormalization UpSampling1D
        UpSampling2D UpSampling3D Wrapper ZeroPadding1D ZeroPadding2D ZeroPadding3D add average concatenate
        deserialize dot maximum minimum multiply serialize subtract""",
    "keras.optimizers": """Adadelta Adafactor Adagrad Adam AdamW Adamax Ftrl Lamb Lion LossScaleOptimizer Muon
        Nadam Optimizer RMSprop SGD deserialize get legacy schedules serialize""",
    "keras.losses": """BinaryCrossentropy BinaryFocalCrossentropy CTC CategoricalCrossentropy
        CategoricalFocalCrossentropy CategoricalHinge Circle CosineSimilarity Dice Hinge Huber KLDivergence
        LogCosh Loss MeanAbsoluteError MeanAbsolutePercentageError MeanSquaredError MeanSquaredLogarithmicError
        Poisson SparseCategoricalCrossentropy SquaredHinge Tversky binary_crossentropy binary_focal_crossentropy
        categorical_crossentropy categorical_focal_crossentropy categorical_hinge circle cosine_similarity ctc
        deserialize dice get hinge huber kl_divergence log_cosh mean_absolute_error
        mean_absolute_percentage_error mean_squared_error mean_squared_logarithmic_error poisson serialize
        sparse_categorical_crossentropy squared_hinge tversky""",
    "keras.metrics": """AUC Accuracy BinaryAccuracy BinaryCrossentropy BinaryIoU CategoricalAccuracy
        CategoricalCrossentropy CategoricalHinge ConcordanceCorrelation CosineSimilarity F1Score FBetaScore
        FalseNegatives FalsePositives Hinge IoU KLDivergence LogCoshError Mean MeanAbsoluteError
        MeanAbsolutePercentageError MeanIoU MeanMetricWrapper MeanSquaredError MeanSquaredLogarithmicError
        Metric OneHotIoU OneHotMeanIoU PearsonCorrelation Poisson Precision PrecisionAtRecall R2Score Recall
        RecallAtPrecision RootMeanSquaredError SensitivityAtSpecificity SparseCategoricalAccuracy
        SparseCategoricalCrossentropy SparseTopKCategoricalAccuracy SpecificityAtSensitivity SquaredHinge Sum
        TopKCategoricalAccuracy TrueNegatives TruePositives binary_accuracy binary_crossentropy
        binary_focal_crossentropy categorical_accuracy categorical_crossentropy categorical_focal_crossentropy
        categorical_hinge concordance_correlation deserialize get hinge huber kl_divergence log_cosh
        mean_absolute_error mean_absolute_percentage_error mean_squared_error mean_squared_logarithmic_error
        pearson_correlation poisson serialize sparse_categorical_accuracy sparse_categorical_crossentropy
        sparse_top_k_categorical_accuracy squared_hinge top_k_categorical_accuracy""",
    "keras.callbacks": """BackupAndRestore CSVLogger Callback CallbackList EarlyStopping History LambdaCallback
        LearningRateScheduler ModelCheckpoint OrbaxCheckpoint ProgbarLogger ReduceLROnPlateau RemoteMonitor
        SwapEMAWeights TensorBoard TerminateOnNaN""",
    "keras.activations": """celu crelu deserialize elu exponential gelu get glu hard_shrink hard_sigmoid
        hard_silu hard_swish hard_tanh leaky_relu linear log_sigmoid log_softmax mish relu relu6 selu serialize
        sigmoid silu soft_shrink softmax softplus softsign sparse_plus sparsemax squareplus swish tanh
        tanh_shrink threshold""",
    "keras.datasets": "boston_housing california_housing cifar10 cifar100 fashion_mnist imdb mnist reuters",
    "keras.applications": """ConvNeXtBase ConvNeXtLarge ConvNeXtSmall ConvNeXtTiny ConvNeXtXLarge DenseNet121
        DenseNet169 DenseNet201 EfficientNetB0 EfficientNetB1 EfficientNetB2 EfficientNetB3 EfficientNetB4
        EfficientNetB5 EfficientNetB6 EfficientNetB7 EfficientNetV2B0 EfficientNetV2B1 EfficientNetV2B2
        EfficientNetV2B3 EfficientNetV2L EfficientNetV2M EfficientNetV2S InceptionResNetV2 InceptionV3
        MobileNet MobileNetV2 MobileNetV3Large MobileNetV3Small NASNetLarge NASNetMobile ResNet101 ResNet101V2
        ResNet152 ResNet152V2 ResNet50 ResNet50V2 VGG16 VGG19 Xception convnext densenet efficientnet
        efficientnet_v2 imagenet_utils inception_resnet_v2 inception_v3 mobilenet mobilenet_v2 mobilenet_v3
        nasnet resnet resnet50 resnet_v2 vgg16 vgg19 xception""",
    "keras.preprocessing": """image image_dataset_from_directory sequence text text_dataset_from_directory
        timeseries_dataset_from_array""",
    "keras.models": "Model Sequential clone_model load_model model_from_json save_model",
    "keras.utils": """Config CustomObjectScope FeatureSpace Progbar PyDataset Sequence array_to_img
        audio_dataset_from_directory bounding_boxes clear_session convert_data_format convert_to_channels_first
        convert_to_channels_last custom_object_scope deserialize_keras_object disable_interactive_logging
        enable_interactive_logging get_custom_objects get_file get_registered_name get_registered_object
        get_source_inputs image_dataset_from_directory img_to_array is_interactive_logging_enabled
        is_keras_tensor legacy load_img model_to_dot normalize pack_x_y_sample_weight pad_sequences plot_model
        register_keras_serializable save_img serialize_keras_object set_random_seed split_dataset
        standardize_dtype text_dataset_from_directory timeseries_dataset_from_array to_categorical
        unpack_x_y_sample_weight""",
    "keras.backend": """backend clear_session epsilon floatx get_uid image_data_format is_float_dtype
        is_int_dtype is_keras_tensor result_type set_epsilon set_floatx set_image_data_format
        standardize_dtype""",
    # What keras.io's Model and Layer pages document on instances (the training, saving and weights APIs).
    "keras.Model": """add_loss add_variable add_weight build build_from_config built call compile
        compile_from_config compiled_loss compiled_metrics compute_dtype compute_loss compute_mask
        compute_metrics compute_output_shape compute_output_spec count_params distribute_strategy dtype
        dtype_policy evaluate export fit from_config get_build_config get_compile_config get_config get_layer
        get_metrics_result get_weights history input input_spec inputs jit_compile layers load_weights loss
        losses make_predict_function make_test_function make_train_function metrics metrics_names name
        non_trainable_variables non_trainable_weights optimizer output outputs pop predict predict_on_batch
        predict_step quantize reset_metrics run_eagerly save save_weights set_weights steps_per_execution
        stop_training summary supports_masking test_on_batch test_step to_json train_on_batch train_step
        trainable trainable_variables trainable_weights variable_dtype variables weights""",
    "keras.Layer": """activation add_loss add_metric add_variable add_weight bias build build_from_config built
        call compute_dtype compute_mask compute_output_shape compute_output_spec count_params dtype
        dtype_policy from_config get_build_config get_config get_weights input input_dtype input_spec kernel
        load_own_variables losses metrics name non_trainable_variables non_trainable_weights output path
        quantize rate save_own_variables set_weights stateless_call supports_masking trainable
        trainable_variables trainable_weights units use_bias variable_dtype variables weights""",
}

KERAS_SUBMODULES = [
    "keras.activations", "keras.applications", "keras.backend", "keras.callbacks", "keras.config",
    "keras.constraints", "keras.datasets", "keras.datasets.boston_housing", "keras.datasets.california_housing",
    "keras.datasets.cifar10", "keras.datasets.cifar100", "keras.datasets.fashion_mnist", "keras.datasets.imdb",
    "keras.datasets.mnist", "keras.datasets.reuters", "keras.distribution", "keras.dtype_policies",
    "keras.export", "keras.initializers", "keras.layers", "keras.legacy", "keras.losses", "keras.metrics",
    "keras.mixed_precision", "keras.models", "keras.ops", "keras.optimizers", "keras.optimizers.schedules",
    "keras.preprocessing", "keras.preprocessing.image", "keras.preprocessing.sequence",
    "keras.preprocessing.text", "keras.quantizers", "keras.random", "keras.regularizers", "keras.saving",
    "keras.tree", "keras.utils", "keras.visualization", "keras.wrappers",
]

# --- TensorFlow (tensorflow.org API pages: tf, tf.math, tf.nn, tf.random, tf.Tensor) -----------------------

TENSORFLOW = {
    "tensorflow": """GradientTape IndexedSlices Module RaggedTensor SparseTensor Tensor TensorArray TensorShape
        TensorSpec Variable abs acos add add_n argmax argmin argsort as_dtype asin atan bitcast bool
        boolean_mask broadcast_to case cast clip_by_global_norm clip_by_norm clip_by_value complex64 concat cond
        config constant control_dependencies convert_to_tensor cos cosh cumsum data debugging device
        distribute divide dtypes dynamic_partition dynamic_stitch einsum ensure_shape equal errors
        executing_eagerly exp expand_dims experimental eye fill float16 float32 float64 floor foldl foldr
        function gather gather_nd get_static_value grad_pass_through gradients greater greater_equal
        histogram_fixed_width identity image init_scope int16 int32 int64 int8 io keras less less_equal
        linalg linspace lite logical_and logical_not logical_or lookup map_fn math matmul maximum meshgrid
        minimum multiply name_scope negative nest newaxis nn no_gradient norm not_equal numpy_function one_hot
        ones ones_like pad pow print py_function ragged random random_normal_initializer range rank realdiv
        reduce_all reduce_any reduce_logsumexp reduce_max reduce_mean reduce_min reduce_prod reduce_sum
        repeat required_space_to_batch_paddings reshape reverse roll round saved_model scan scatter_nd
        searchsorted sequence_mask shape sigmoid sign signal sin sinh size slice sort sparse split sqrt square
        squeeze stack stop_gradient strided_slice string strings subtract summary switch_case tan tanh
        tensor_scatter_nd_add tensor_scatter_nd_update tensordot test tile timestamp train transpose truediv
        truncatediv truncatemod tuple uint8 unique unravel_index unstack variable_creator_scope vectorized_map
        version where while_loop zeros zeros_like""",
    "tensorflow.math": """abs accumulate_n acos acosh add add_n argmax argmin asin asinh atan atan2 atanh
        bincount ceil confusion_matrix cos cosh count_nonzero cumprod cumsum divide divide_no_nan equal erf erfc
        exp expm1 floor floordiv floormod greater greater_equal in_top_k is_finite is_inf is_nan l2_normalize
        lbeta less less_equal lgamma log log1p log_sigmoid log_softmax logical_and logical_not logical_or
        logical_xor maximum minimum mod multiply multiply_no_nan negative not_equal polyval pow reciprocal
        reduce_all reduce_any reduce_euclidean_norm reduce_logsumexp reduce_max reduce_mean reduce_min
        reduce_prod reduce_std reduce_sum reduce_variance rint round rsqrt scalar_mul segment_max segment_mean
        segment_min segment_sum sigmoid sign sin sinh softmax softplus softsign sqrt square squared_difference
        subtract tan tanh top_k truediv unsorted_segment_sum xdivy xlogy zero_fraction""",
    "tensorflow.nn": """atrous_conv2d avg_pool avg_pool1d avg_pool2d avg_pool3d batch_norm_with_global_normalization
        batch_normalization bias_add compute_average_loss conv1d conv1d_transpose conv2d conv2d_transpose
        conv3d conv3d_transpose convolution crelu ctc_loss depthwise_conv2d dilation2d dropout elu
        embedding_lookup gelu l2_loss l2_normalize leaky_relu local_response_normalization log_poisson_loss
        log_softmax max_pool max_pool1d max_pool2d max_pool3d moments nce_loss normalize_moments pool relu
        relu6 sampled_softmax_loss scale_regularization_loss selu separable_conv2d sigmoid
        sigmoid_cross_entropy_with_logits silu softmax softmax_cross_entropy_with_logits softplus softsign
        sparse_softmax_cross_entropy_with_logits sufficient_statistics swish tanh top_k
        weighted_cross_entropy_with_logits weighted_moments""",
    "tensorflow.random": """Generator Algorithm all_candidate_sampler categorical create_rng_state experimental
        fixed_unigram_candidate_sampler gamma get_global_generator learned_unigram_candidate_sampler
        log_uniform_candidate_sampler normal poisson set_global_generator set_seed shuffle stateless_binomial
        stateless_categorical stateless_gamma stateless_normal stateless_poisson stateless_truncated_normal
        stateless_uniform truncated_normal uniform uniform_candidate_sampler""",
    "tensorflow.Tensor": """consumers device dtype eval experimental_ref get_shape graph name ndim numpy op ref
        set_shape shape value_index""",
}

TENSORFLOW_SUBMODULES = [
    "tensorflow." + m
    for m in """audio autodiff autograph bitwise compat config data debugging distribute dtypes errors
        estimator experimental feature_column graph_util image io keras linalg lite lookup math mlir nest nn
        profiler quantization queue ragged random raw_ops saved_model sets signal sparse strings summary
        sysconfig test tpu train types version xla""".split()
]

# --- third-party modules learners import that Tandem does not run ------------------------------------------

THIRD_PARTY = """IPython PIL albumentations cv2 datasets einops fastai gensim google gym gymnasium h5py imageio
    jax jaxlib joblib keras_cv keras_hub keras_nlp keras_tuner lightgbm lightning networkx nltk numba onnx
    onnxruntime optax optuna pandas plotly polars pytorch_lightning scipy seaborn sentencepiece skimage spacy
    statsmodels sympy tensorboard tensorflow_datasets tensorflow_hub tensorflow_probability timm tokenizers
    torchaudio torchinfo torchmetrics torchsummary torchtext torchvision tqdm transformers wandb xgboost""".split()


def split(text):
    return sorted(set(text.split()))


def main():
    attributes = {name: module_names(name) for name in INSTALLED_MODULES}
    attributes.update(installed_classes())
    attributes.update({owner: split(names) for owner, names in KERAS.items()})
    attributes.update({owner: split(names) for owner, names in TENSORFLOW.items()})
    found = [m for package in SUBMODULE_PACKAGES for m in submodules(package)]
    names = {
        "source": "scripts/upstream-names.py (torch %s, numpy %s, matplotlib %s, scikit-learn %s, CPython %s;"
        " Keras 3 and TensorFlow lists written by hand from their API documentation)"
        % (torch.__version__, numpy.__version__, matplotlib.__version__, sklearn.__version__,
           sys.version.split()[0]),
        "attributes": {owner: attributes[owner] for owner in sorted(attributes)},
        "submodules": sorted(set(found + KERAS_SUBMODULES + TENSORFLOW_SUBMODULES)),
        "stdlib": public(sys.stdlib_module_names),
        "thirdParty": sorted(set(THIRD_PARTY)),
    }
    # One owner per line keeps diffs of a regenerated file readable.
    lines = ['{', f'  "source": {json.dumps(names["source"])},', '  "attributes": {']
    owners = list(names["attributes"].items())
    for i, (owner, members) in enumerate(owners):
        comma = "," if i < len(owners) - 1 else ""
        lines.append(f"    {json.dumps(owner)}: {json.dumps(members, separators=(',', ':'))}{comma}")
    lines.append("  },")
    for key in ("submodules", "stdlib", "thirdParty"):
        comma = "," if key != "thirdParty" else ""
        lines.append(f"  {json.dumps(key)}: {json.dumps(names[key], separators=(',', ':'))}{comma}")
    lines.append("}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
