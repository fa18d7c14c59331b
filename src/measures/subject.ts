/** The forces a run computes the measures for, each with the peers it is ranked among. */

export interface ForceRef {
  readonly slug: string;
  readonly name: string;
  readonly population: number;
}

export interface Subject extends ForceRef {
  readonly peers: readonly ForceRef[];
}
