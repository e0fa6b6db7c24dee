// np.set_printoptions: the options NumPy's array printing reads, with NumPy 1.24's defaults.

export interface NumpyPrintOptions {
  /** Digits after the point at most (floatmode 'maxprec'). */
  readonly precision: number;
  /** Never switch to scientific notation for small values (they print rounded to `precision`). */
  readonly suppress: boolean;
  /** Arrays with more elements than this print summarised, with '...'. */
  readonly threshold: number;
  /** How many items at each edge a summarised axis keeps. */
  readonly edgeitems: number;
  readonly linewidth: number;
}

export const DEFAULT_PRINT_OPTIONS: NumpyPrintOptions = { precision: 8, suppress: false, threshold: 1000, edgeitems: 3, linewidth: 75 };
