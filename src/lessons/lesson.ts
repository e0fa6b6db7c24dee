// A lesson is data (DESIGN.md): a folder under src/lessons/ with the programs each pane opens with.

export interface Lesson {
  /** The folder name, e.g. '04-regression'. */
  id: string;
  title: string;
  /** The program the Keras pane opens with. */
  keras: string;
  /** The program the PyTorch pane opens with. */
  pytorch: string;
}
