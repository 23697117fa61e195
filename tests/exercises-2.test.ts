import { exerciseShard, describeExercise } from "./support/exercise-suite";

for (const id of exerciseShard(1, 2)) describeExercise(id);
